import { toggleCitation, toggleQuote } from "../draftEdits";
import type { DraftDataset } from "../draftStore";
import { fieldId, GroupProblems } from "../Field";
import { useStudioI18n } from "../studioI18n";
import type { Edit } from "./editTypes";

type Citation = { source: string; quotes?: string[] };

/** Sources listed each with its checkbox up to this many. */
const LISTED_UP_TO = 20;

/** Which sources an event (or a period) cites, one checkbox each named by the source's outlet or
 * title, and under each cited source, which of its quotes. */
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
  citations: readonly Citation[];
  edit: Edit;
}) {
  const { t } = useStudioI18n();
  const path = `${kind}[${index}].sources`;
  // A source is offered by what a reporter typed for it; one with nothing typed yet, by its place in the form.
  const sourceName = (source: DraftDataset["sources"][number], at: number) =>
    source.outlet?.trim() || source.title?.trim() || t("sourceWithoutName", { n: at + 1 });
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
              {citation && (source.quotes ?? []).length > 0 && (
                <fieldset className="cited-quotes">
                  <legend>{t("citesQuotes", { source: name })}</legend>
                  {(source.quotes ?? []).map((quote) => (
                    <label key={quote.id}>
                      <input
                        type="checkbox"
                        checked={(citation.quotes ?? []).includes(quote.id)}
                        onChange={() => edit((d) => toggleQuote(d, kind, index, source.id, quote.id))}
                      />{" "}
                      <span dir="auto">{quote.text || quote.id}</span>
                    </label>
                  ))}
                </fieldset>
              )}
            </div>
          );
        },
      )}
      {sources.length > LISTED_UP_TO && (
        // Many sources: those cited listed, the others one choice away (a long draft stays light).
        <select
          aria-label={t("cites")}
          value=""
          onChange={(e) => e.target.value && edit((d) => toggleCitation(d, kind, index, e.target.value))}
        >
          <option value="">{t("citeAnother")}</option>
          {sources
            .filter((source) => !citations.some((c) => c.source === source.id))
            .map((source) => (
              <option key={source.id} value={source.id}>
                {sourceName(source, sources.indexOf(source))}
              </option>
            ))}
        </select>
      )}
    </fieldset>
  );
}
