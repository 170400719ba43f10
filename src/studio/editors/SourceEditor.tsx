import { memo, useDeferredValue, useMemo, useState } from "react";
import { addQuote, editField, removeItem, removeQuote } from "../draftEdits";
import type { DraftDataset, DraftSource } from "../draftStore";
import { Field, GroupProblems } from "../Field";
import { checkQuote } from "../quoteMatch";
import { useStableKeys } from "../stableKeys";
import { useStudioI18n } from "../studioI18n";
import { itemFields, type Edit } from "./editTypes";
import { TranslationFields } from "./TranslationFields";

const NO_QUOTES: NonNullable<DraftSource["quotes"]> = [];

/** One source: where it was published, what it reports, the article's text, its quotes with
 * each one's verdict against that text. */
export const SourceEditor = memo(function SourceEditor({ source, index, edit }: { source: DraftSource; index: number; edit: Edit }) {
  const { t } = useStudioI18n();
  const { at, text } = itemFields(edit, "sources", index, source);
  // Typing in a long article re-checks its quotes a moment later, not on every key.
  const article = useDeferredValue(source.article ?? "");
  // Each quote's editor follows its quote when one above it is removed (its id may be mid-typing).
  const quotes = source.quotes ?? NO_QUOTES;
  const quoteKeys = useStableKeys(quotes);
  // A quote just removed (with its citations) is said, while the quotes are as it left them: an
  // Undo, or a quote added, takes the note away.
  const [leftAfterRemoval, setLeftAfterRemoval] = useState<number | null>(null);
  return (
    <fieldset className="item" id={`f-sources-${index}-`}>
      <legend>{source.outlet || source.title || source.id}</legend>
      <Field label={t("outlet")} {...text("outlet")} />
      <Field label={t("citing")} {...text("citing")} />
      <Field label={t("articleTitle")} {...text("title")} />
      <div className="field-row">
        <Field label={t("published")} {...text("published")} />
        <Field label={t("language")} {...text("language")} />
      </div>
      <Field label={t("link")} {...text("url")} />
      <Field label={t("sourceSummary")} multiline {...text("summary", false)} />
      <Field label={t("articleText")} multiline={6} help={t("articleTextHelp")} {...text("article", false)} />
      <Field label={t("id")} {...text("id", false)} />
      <fieldset className="quotes">
        <legend>{t("quotes")}</legend>
        <GroupProblems path={`${at}.quotes`} />
        {quotes.map((quote, q) => (
          <QuoteEditor
            key={quoteKeys[q]}
            sourceIndex={index}
            index={q}
            quote={quote}
            article={article}
            edit={edit}
            onRemove={() => {
              edit((d) => removeQuote(d, index, q));
              setLeftAfterRemoval(quotes.length - 1);
            }}
          />
        ))}
        {leftAfterRemoval === quotes.length && (
          <p className="field-help" role="status">
            {t("quoteRemoved")}
          </p>
        )}
        <button type="button" onClick={() => edit((d) => addQuote(d, index))}>
          {t("addQuote")}
        </button>
      </fieldset>
      <TranslationFields kind="source" path={["sources", index]} item={source} edit={edit} />
      <button type="button" className="remove" onClick={() => edit((d: DraftDataset) => removeItem(d, "sources", index))}>
        {t("remove")}
      </button>
    </fieldset>
  );
});

function QuoteEditor({
  sourceIndex,
  index,
  quote,
  article,
  edit,
  onRemove,
}: {
  sourceIndex: number;
  index: number;
  quote: { id: string; speaker: string; text: string; language?: string | null };
  article: string;
  edit: Edit;
  /** Removes the quote, and its citations in events and periods. */
  onRemove: () => void;
}) {
  const { t } = useStudioI18n();
  const at = `sources[${sourceIndex}].quotes[${index}]`;
  const set = (field: string) => (value: string) =>
    edit((d) => editField(d, ["sources", sourceIndex, "quotes", index, field], value), `${at}.${field}`);
  const verdict = useMemo(() => (article.trim() && quote.text.trim() ? checkQuote(quote.text, article) : null), [quote.text, article]);
  return (
    <div className="quote" data-quote-id={quote.id}>
      <Field label={t("speaker")} path={`${at}.speaker`} value={quote.speaker} onChange={set("speaker")} />
      <Field label={t("quote")} path={`${at}.text`} value={quote.text} onChange={set("text")} multiline={2} />
      <Field
        label={t("quoteLanguage")}
        path={`${at}.language`}
        value={quote.language ?? ""}
        onChange={(value) =>
          edit((d) => editField(d, ["sources", sourceIndex, "quotes", index, "language"], value || null), `${at}.language`)
        }
      />
      <p className={verdict === null ? "verdict" : verdict.found ? "verdict verdict-found" : "verdict verdict-missing"} role="status">
        {verdict === null ? t("quoteNoArticle") : verdict.found ? `✓ ${t("quoteFound")}` : `✗ ${t("quoteNotFound")}`}
      </p>
      {verdict?.found && verdict.asInArticle !== quote.text.trim() && (
        <p className="closest">
          {t("quoteAsInArticle")} <q dir="auto">{verdict.asInArticle}</q>{" "}
          <button type="button" onClick={() => set("text")(verdict.asInArticle)}>
            {t("quoteUseArticle")}
          </button>
        </p>
      )}
      {verdict && !verdict.found && verdict.closest && (
        <p className="closest">
          {t("quoteClosest")}{" "}
          <q dir="auto">
            {verdict.words
              ? verdict.words.map((word, i) => (word.differs ? <mark key={i}>{word.text}</mark> : word.text))
              : verdict.closest}
          </q>
        </p>
      )}
      <button type="button" className="remove" onClick={onRemove}>
        {t("removeQuote")}
      </button>
    </div>
  );
}
