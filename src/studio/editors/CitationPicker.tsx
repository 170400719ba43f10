import { useMemo, useState } from "react";
import { Isolated } from "../Isolated";
import { addQuote, toggleCitation, toggleQuote } from "../draftEdits";
import type { DraftDataset } from "../draftStore";
import { fieldId, goToField, GroupProblems } from "../Field";
import { quoteFound } from "../quoteMatch";
import { useStudioI18n } from "../studioI18n";
import type { Edit } from "./editTypes";

type Citation = { source: string; quotes?: string[] };

/** A nameless source's summary, as far as it names it in a list: its first words, this many letters at most. */
const SUMMARY_SHOWN = 60;
const shortened = (text: string) => (text.length <= SUMMARY_SHOWN ? text : `${text.slice(0, SUMMARY_SHOWN).replace(/\s+\S*$/u, "")}…`);
/** Text in its own direction within a sentence of another (Unicode's first-strong isolate): an
 * English summary's "…" (or final stop) stays at its end in an Arabic sentence, and an Arabic one's
 * in an English sentence. Marks, not an element: the name is also an option's text. */
const isolated = (text: string) => `\u2068${text}\u2069`;

/** Sources listed each with its checkbox up to this many. */
const LISTED_UP_TO = 20;

/** Which sources an event (or a period) cites, one checkbox each named by the source's outlet or
 * title, and under each cited source, right there, which of its quotes: each with its speaker and,
 * where the article is pasted, whether it is found in it word for word. */
export function CitationPicker({
  sources,
  kind,
  index,
  citations,
  edit,
}: {
  sources: DraftDataset["sources"];
  kind: "events" | "periods";
  index: number;
  /** Absent in a draft read from a file or storage that had none (its problem is listed). */
  citations: readonly Citation[] | undefined;
  edit: Edit;
}) {
  citations ??= [];
  const { t } = useStudioI18n();
  const path = `${kind}[${index}].sources`;
  // A source is offered by what a reporter typed for it: its outlet, its title, else (neither stated,
  // as a source may well not state them) its place in the form and what it reports; one with
  // nothing typed yet, by its place alone.
  const cite = (sourceId: string, quoteId: string) => edit((d) => toggleQuote(d, kind, index, sourceId, quoteId));
  const sourceName = (source: DraftDataset["sources"][number], at: number) =>
    source.outlet?.trim() ||
    source.title?.trim() ||
    (source.summary?.trim()
      ? t("sourceBySummary", { n: at + 1, summary: isolated(shortened(source.summary.trim())) })
      : t("sourceWithoutName", { n: at + 1 }));
  return (
    <fieldset className="citations" id={fieldId(path)}>
      <legend>{t("cites")}</legend>
      <GroupProblems path={path} />
      {(sources.length > LISTED_UP_TO ? sources.filter((source) => citations.some((c) => c.source === source.id)) : sources).map(
        (source) => {
          const citation = citations.find((c) => c.source === source.id);
          const name = sourceName(source, sources.indexOf(source));
          return (
            <div key={source.id} className="citation">
              <label>
                <input
                  type="checkbox"
                  checked={citation !== undefined}
                  onChange={() => edit((d) => toggleCitation(d, kind, index, source.id))}
                />{" "}
                <span dir="auto">{name}</span>
              </label>
              {citation && (
                <CitedQuotes source={source} sourceIndex={sources.indexOf(source)} name={name} cited={citation} cite={cite} edit={edit} />
              )}
            </div>
          );
        },
      )}
      {sources.length > LISTED_UP_TO && (
        <CiteAnother
          sources={sources}
          citations={citations}
          name={sourceName}
          onCite={(id) => edit((d) => toggleCitation(d, kind, index, id))}
        />
      )}
    </fieldset>
  );
}

type DraftSource = DraftDataset["sources"][number];

/** Many sources: the others than those cited, one choice away. Its options are drawn once the
 * reporter reaches for it (a pointer down, focus, a key: each before the browser opens its list):
 * an event's choice of a thousand sources, drawn in every event on screen, was most of the form's
 * first layout when a long draft opened. */
function CiteAnother({
  sources,
  citations,
  name,
  onCite,
}: {
  sources: readonly DraftSource[];
  citations: readonly Citation[];
  name: (source: DraftSource, at: number) => string;
  onCite: (sourceId: string) => void;
}) {
  const { t } = useStudioI18n();
  const [reached, setReached] = useState(false);
  const reach = () => setReached(true);
  const cited = new Set(citations.map((c) => c.source));
  return (
    <select
      aria-label={t("cites")}
      value=""
      onPointerDown={reach}
      onMouseDown={reach}
      onTouchStart={reach}
      onFocus={reach}
      onKeyDown={reach}
      onChange={(e) => e.target.value && onCite(e.target.value)}
    >
      <option value="">{t("citeAnother")}</option>
      {reached &&
        sources.map(
          (source, at) =>
            !cited.has(source.id) && (
              <option key={source.id} value={source.id}>
                {name(source, at)}
              </option>
            ),
        )}
    </select>
  );
}
type DraftQuote = NonNullable<DraftSource["quotes"]>[number];

/** A cited source's quotes offered to cite; where it has none yet, a way to add one. */
function CitedQuotes({
  source,
  sourceIndex,
  name,
  cited,
  cite,
  edit,
}: {
  source: DraftSource;
  sourceIndex: number;
  name: string;
  cited: Citation;
  cite: (sourceId: string, quoteId: string) => void;
  edit: Edit;
}) {
  const { t } = useStudioI18n();
  const quotes = source.quotes ?? [];
  const article = source.article?.trim() ? source.article : null;
  return (
    <fieldset className="cited-quotes">
      <legend>
        <Isolated t={t} k="citesQuotes" values={{ source: name }} />
      </legend>
      {quotes.length === 0 && <p className="field-help">{t("sourceHasNoQuotes")}</p>}
      {quotes.map((quote, q) => (
        <QuoteChoice
          key={quote.id}
          quote={quote}
          at={`sources[${sourceIndex}].quotes[${q}].text`}
          n={q + 1}
          article={article}
          checked={(cited.quotes ?? []).includes(quote.id)}
          onChange={() => cite(source.id, quote.id)}
        />
      ))}
      <button type="button" onClick={() => edit((d) => addQuote(d, sourceIndex))}>
        <Isolated t={t} k="addQuoteTo" values={{ source: name }} />
      </button>
    </fieldset>
  );
}

/** One quote to cite: its words (or, with none typed yet, a link to type them), its speaker, its check. */
function QuoteChoice({
  quote,
  at,
  n,
  article,
  checked,
  onChange,
}: {
  quote: DraftQuote;
  at: string;
  n: number;
  article: string | null;
  checked: boolean;
  onChange: () => void;
}) {
  const { t } = useStudioI18n();
  const text = quote.text.trim();
  const found = useMemo(() => (article && text ? quoteFound(text, article) : null), [article, text]);
  return (
    <div className="cited-quote">
      <label>
        <input type="checkbox" checked={checked} onChange={onChange} />{" "}
        <span>
          <span dir="auto">{text ? `“${text}”` : t("quoteWithoutText", { n })}</span>
          {quote.speaker.trim() && (
            // The dash between the quote and its speaker, each in its own direction (an English
            // quote in an Arabic form keeps its words, the dash and the name in reading order).
            <span className="cited-quote-speaker">
              {" — "}
              <bdi>{quote.speaker.trim()}</bdi>
            </span>
          )}
          {found !== null && (
            <span className={found ? "verdict verdict-found" : "verdict verdict-missing"}>
              {" "}
              {found ? `✓ ${t("quoteFound")}` : `✗ ${t("citedQuoteNotFound")}`}
            </span>
          )}
        </span>
      </label>
      {!text && (
        <a href={`#${fieldId(at)}`} onClick={(e) => goToField(e, at)}>
          {t("writeQuote", { n })}
        </a>
      )}
    </div>
  );
}
