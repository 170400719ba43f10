import type { DraftDataset } from "../draftStore";
import { Field } from "../Field";
import { fromLinkMarkup, toLinkMarkup } from "../linkMarkup";
import { useStudioI18n } from "../studioI18n";

type Media = NonNullable<DraftDataset["events"][number]["media"]>;

const NO_MEDIA: Media = { url: null, caption: null, credit: null, alt: null, thumbnail: null, link: null };

/** An event's picture or other media: its address (a picture on this site is shown, anything else
 * linked to), the words for those who cannot see it, its caption and credit (with links), and where
 * it links. Added and removed as a whole. */
export function MediaEditor({
  media,
  at,
  setIn,
}: {
  media: Media | null;
  at: string;
  setIn: (fields: readonly string[], value: unknown) => void;
}) {
  const { t } = useStudioI18n();
  if (!media)
    return (
      <button type="button" onClick={() => setIn(["media"], NO_MEDIA)}>
        {t("addMedia")}
      </button>
    );
  const path = `${at}.media`;
  const text = (field: "url" | "alt" | "link") => ({
    path: `${path}.${field}`,
    value: media[field] ?? "",
    onChange: (value: string) => setIn(["media", field], value === "" ? null : value),
  });
  const withLinks = (field: "caption" | "credit") => ({
    path: `${path}.${field}`,
    help: t("linkHelp"),
    value: toLinkMarkup(media[field]),
    onChange: (value: string) => setIn(["media", field], value === "" ? null : fromLinkMarkup(value)),
  });
  return (
    <fieldset className="media">
      <legend>{t("media")}</legend>
      <Field label={t("mediaUrl")} help={t("mediaUrlHelp")} {...text("url")} />
      <Field label={t("mediaAlt")} {...text("alt")} />
      <Field label={t("mediaCaption")} {...withLinks("caption")} />
      <Field label={t("mediaCredit")} {...withLinks("credit")} />
      <Field label={t("mediaLink")} {...text("link")} />
      <button type="button" className="remove" onClick={() => setIn(["media"], null)}>
        {t("removeMedia")}
      </button>
    </fieldset>
  );
}
