import type { TimelineEvent } from "../../dataset/schema";
import { useI18n } from "../../lib/i18n/I18nContext";
import type { Paragraphs, Run } from "../../lib/richText";
import { asParagraphs } from "../../lib/richText";
import { safeLinkHref } from "../../lib/safeLink";
import { Highlight } from "../../lib/Highlight";

/** Runs of text and links, as React nodes: text stays text, links are http(s) only. */
function Runs({ runs }: { runs: Run[] }) {
  return runs.map((run, i) => {
    if (typeof run === "string") return <Highlight key={i} text={run} />;
    const href = safeLinkHref(run.href);
    return href ? (
      <a key={i} href={href} target="_blank" rel="noopener noreferrer">
        <Highlight text={run.text} />
      </a>
    ) : (
      <Highlight key={i} text={run.text} />
    );
  });
}

/** A text of the dataset, paragraph by paragraph, its links kept. */
export function RichText({ paragraphs, className }: { paragraphs: Paragraphs; className?: string }) {
  return paragraphs.map((runs, i) => (
    <p key={i} className={className}>
      <Runs runs={runs} />
    </p>
  ));
}

/** A media path on this site (relative to it): shown. An address with a scheme or a host is
 * another site's (or could be), so it is linked, never loaded: no request leaves the origin. */
export function ownMediaPath(url: string | null): string | null {
  if (!url || /^[a-z][a-z0-9+.-]*:|^\/\/|^\\/i.test(url.trim())) return null;
  return url.trim();
}

const IMAGE = /\.(avif|gif|jpe?g|png|svg|webp)(?:[?#].*)?$/i;

/** The event's media (from a TimelineJS import): an image of this site with its alt text, any
 * other media as a link to where it lives; its caption and credit as text with their links. */
export function EventMedia({ media }: { media: NonNullable<TimelineEvent["media"]> }) {
  const { t } = useI18n();
  const own = ownMediaPath(media.url);
  const elsewhere = own ? null : safeLinkHref(media.url);
  const caption = media.caption && asParagraphs(media.caption);
  const credit = media.credit && asParagraphs(media.credit);
  if (!own && !elsewhere && !caption && !credit) return null;
  return (
    <figure className="event-media">
      {own && IMAGE.test(own) ? (
        <img src={own} alt={media.alt ?? ""} loading="lazy" />
      ) : own ? (
        <a href={own}>{media.alt ?? own}</a>
      ) : elsewhere ? (
        <a href={elsewhere} target="_blank" rel="noopener noreferrer">
          {t("mediaElsewhere", { host: new URL(elsewhere).host })}
        </a>
      ) : null}
      {(caption || credit) && (
        <figcaption>
          {caption && <RichText paragraphs={caption} />}
          {credit && <RichText paragraphs={credit} className="event-media-credit" />}
        </figcaption>
      )}
    </figure>
  );
}
