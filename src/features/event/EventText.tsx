import type { TimelineEvent } from "../../dataset/schema";
import { useI18n } from "../../lib/i18n/I18nContext";
import type { Paragraphs, Run } from "../../lib/richText";
import { asParagraphs, plainText } from "../../lib/richText";
import { linkHref, sitePath } from "../../lib/addressPolicy";
import { useSiteLink } from "../../url/useUrlState";
import { Highlight, NotTranslated } from "../../lib/Highlight";
import { langOf, untranslatedLang } from "../../dataset/localise";

/** Runs of text and links, as React nodes: text stays text, links are http(s) only. */
function Runs({ runs, lang }: { runs: Run[]; lang?: string }) {
  return runs.map((run, i) => {
    if (typeof run === "string") return <Highlight key={i} text={run} lang={lang} />;
    const href = linkHref(run.href);
    return href ? (
      <a key={i} href={href} target="_blank" rel="noopener noreferrer">
        <Highlight text={run.text} lang={lang} />
      </a>
    ) : (
      <Highlight key={i} text={run.text} lang={lang} />
    );
  });
}

/** A text of the dataset, paragraph by paragraph, its links kept. */
export function RichText({ paragraphs, className, lang }: { paragraphs: Paragraphs; className?: string; lang?: string }) {
  return paragraphs.map((runs, i) => (
    <p key={i} className={className}>
      <Runs runs={runs} lang={lang} />
    </p>
  ));
}

const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)(?:[?#].*)?$/i;

/** The event's media (from a TimelineJS import): an image of this site with its alt text, any
 * other media as a link to where it lives; its caption and credit as text with their links. */
export function EventMedia({ media }: { media: NonNullable<TimelineEvent["media"]> }) {
  const { t } = useI18n();
  const siteLink = useSiteLink();
  // A path on this site is shown, from the site's root on every page; any other address is
  // another site's, linked, never loaded: no request leaves the origin (lib/addressPolicy.ts).
  const fromRoot = sitePath(media.url);
  const own = fromRoot === null ? null : siteLink(fromRoot);
  const elsewhere = own ? null : linkHref(media.url);
  const caption = media.caption && asParagraphs(media.caption);
  const credit = media.credit && asParagraphs(media.credit);
  if (!own && !elsewhere && !caption && !credit) return null;
  return (
    <figure className="event-media">
      {own && IMAGE.test(fromRoot!) ? (
        // Without alt text of its own, the picture is described by its caption.
        <img
          src={own}
          lang={langOf(media, media.alt ? "alt" : "caption")}
          alt={media.alt ?? (caption ? plainText(caption, " ") : "")}
          loading="lazy"
        />
      ) : own ? (
        <a href={own}>{media.alt ?? fromRoot}</a>
      ) : elsewhere ? (
        <a href={elsewhere} target="_blank" rel="noopener noreferrer">
          {t("mediaElsewhere", { host: new URL(elsewhere).host })}
        </a>
      ) : null}
      {(caption || credit) && (
        <figcaption>
          {caption && <RichText paragraphs={caption} lang={langOf(media, "caption")} />}
          {untranslatedLang(media, "caption") !== null && <NotTranslated />}
          {credit && <RichText paragraphs={credit} className="event-media-credit" lang={langOf(media, "credit")} />}
        </figcaption>
      )}
    </figure>
  );
}
