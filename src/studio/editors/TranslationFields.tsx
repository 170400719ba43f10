import { formatPath } from "../../dataset/schema";
import { Field } from "../Field";
import type { StudioMessageKey } from "../i18n/messages.en";
import { fromLinkMarkup, toLinkMarkup } from "../linkMarkup";
import { listText } from "../listText";
import { useStudioI18n } from "../studioI18n";
import { useTranslating } from "../translating";
import {
  confirmTranslation,
  fieldState,
  isEmpty,
  quoteLanguage,
  sameLanguage,
  setTranslation,
  TRANSLATABLE,
  type FieldKind,
  type FieldState,
  type ItemKind,
  type Translatable,
} from "../translations";
import type { Edit } from "./editTypes";
import "./translations.css";
import { ListField } from "./ListField";

type Path = readonly (string | number)[];

/** Each translatable field's label: the same words as the original's field in the form. */
const LABELS: Readonly<Record<ItemKind, Readonly<Record<string, StudioMessageKey>>>> = {
  timeline: { title: "timelineTitle", description: "description" },
  category: { label: "categoryLabel" },
  period: { label: "periodLabel", summary: "summary" },
  event: { title: "title", summary: "summary", displayDate: "displayDate", place: "place", actors: "actors" },
  media: { caption: "mediaCaption", credit: "mediaCredit", alt: "mediaAlt" },
  update: { note: "updateNote" },
  source: { title: "articleTitle", summary: "sourceSummary" },
  quote: { text: "quote" },
};

const UPDATE_KINDS: Readonly<Record<string, StudioMessageKey>> = {
  update: "noteKindUpdate",
  correction: "noteKindCorrection",
  clarification: "noteKindClarification",
};

const STATES: Readonly<Record<FieldState, StudioMessageKey>> = {
  none: "stateNone",
  missing: "stateMissing",
  stale: "stateStale",
  unchecked: "stateUnchecked",
  current: "stateCurrent",
};

/** An item's texts translated into the language being translated into, each beside its original:
 * typed as every other field is (text with links, lists split on commas), each saying whether it
 * is missing or out of date, with a way to keep one that is still right. Nothing while the form
 * is not translating. An event's media and its notes to readers (updates, corrections), and a
 * source's quotes come with it. */
export function TranslationFields({
  kind,
  path,
  item,
  edit,
}: {
  kind: "timeline" | "category" | "period" | "event" | "source";
  path: Path;
  item: object;
  edit: Edit;
}) {
  const { t } = useStudioI18n();
  const { target, original, nameOf } = useTranslating();
  if (!target) return null;
  const translatable = item as Translatable;
  const media = kind === "event" ? (translatable.media as Translatable | null | undefined) : null;
  const updates = kind === "event" ? ((translatable.updates ?? []) as (Translatable & { date: string; kind: string })[]) : [];
  const quotes =
    kind === "source" ? ((translatable.quotes ?? []) as (Translatable & { speaker?: string; language?: string | null })[]) : [];
  const source = translatable as { language?: string | null };
  return (
    <fieldset className="translation" data-translating={target}>
      <legend>{t("translationHeading", { language: nameOf(target) })}</legend>
      <Rows kind={kind} path={path} item={translatable} lang={target} originalLang={original} edit={edit} />
      {media && <Rows kind="media" path={[...path, "media"]} item={media} lang={target} originalLang={original} edit={edit} />}
      {updates.map((update, j) => (
        <div key={j} className="translation-quote translation-update">
          <p className="translation-quote-by">
            {t("updateNoteOf", { kind: UPDATE_KINDS[update.kind] ? t(UPDATE_KINDS[update.kind]!) : update.kind, date: update.date })}
          </p>
          <Rows kind="update" path={[...path, "updates", j]} item={update} lang={target} originalLang={original} edit={edit} />
        </div>
      ))}
      {quotes.map((quote, j) => {
        const own = quoteLanguage(quote, source, original);
        // A quote is verbatim in its own language: never translated into it (one a file gives is shown, to be cleared).
        if (sameLanguage(own, target) && !quote.translations?.[target]) return null;
        return (
          <div key={j} className="translation-quote">
            <p className="translation-quote-by" dir="auto">
              {t("quoteBy", { speaker: quote.speaker || "…" })}
            </p>
            <Rows kind="quote" path={[...path, "quotes", j]} item={quote} lang={target} originalLang={own} edit={edit} />
          </div>
        );
      })}
    </fieldset>
  );
}

function Rows({
  kind,
  path,
  item,
  lang,
  originalLang,
  edit,
}: {
  kind: ItemKind;
  path: Path;
  item: Translatable;
  lang: string;
  originalLang: string | null;
  edit: Edit;
}) {
  return TRANSLATABLE[kind].map(({ field, kind: held }) => (
    <Row
      key={field}
      label={LABELS[kind][field]!}
      held={held}
      path={path}
      field={field}
      item={item}
      lang={lang}
      originalLang={originalLang}
      edit={edit}
    />
  ));
}

/** The original (as shown in the form, in its own language) and its translation side by side. */
function Row({
  label,
  held,
  path,
  field,
  item,
  lang,
  originalLang,
  edit,
}: {
  label: StudioMessageKey;
  held: FieldKind;
  path: Path;
  field: string;
  item: Translatable;
  lang: string;
  originalLang: string | null;
  edit: Edit;
}) {
  const { t } = useStudioI18n();
  const { nameOf } = useTranslating();
  const state = fieldState(item, field, lang);
  const translated = item.translations?.[lang]?.[field];
  // Nothing to translate, and nothing translated to clear: no row.
  if (state === "none" && isEmpty(translated)) return null;
  const at = formatPath([...path, "translations", lang, field]);
  const fieldLabel = t("translationOf", { field: t(label), language: nameOf(lang) });
  const write = (value: unknown) => edit((d) => setTranslation(d, path, lang, field, value), at);
  const common = { label: fieldLabel, path: at, help: t(STATES[state]), lang };
  const original = item[field];
  return (
    <div className={`translation-row translation-${state}`}>
      <div className="translation-original">
        <span className="translation-original-label">
          {t(label)} · {t("originalText")}
        </span>
        <p lang={originalLang ?? undefined} dir="auto">
          {held === "list" ? listText(original as string[], originalLang) : toLinkMarkup(original as string | null)}
        </p>
      </div>
      <div className="translation-field">
        {held === "list" ? (
          <ListField {...common} values={translated as string[] | undefined} onChange={write} />
        ) : held === "rich" ? (
          <Field
            {...common}
            multiline
            value={toLinkMarkup(translated as string | null | undefined)}
            onChange={(value) => write(fromLinkMarkup(value))}
          />
        ) : (
          <Field
            {...common}
            multiline={field === "summary" || field === "description" || field === "text" || field === "note"}
            value={String(translated ?? "")}
            onChange={write}
          />
        )}
        {(state === "stale" || state === "unchecked") && (
          <button type="button" className="still-right" onClick={() => edit((d) => confirmTranslation(d, path, lang, field), null)}>
            {t("stillRight")}
            <span className="visually-hidden"> ({fieldLabel})</span>
          </button>
        )}
      </div>
    </div>
  );
}
