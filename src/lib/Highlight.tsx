import { createContext, useContext } from "react";
import { DATA_LANG } from "./i18n/I18nContext";
import { highlightParts } from "./textMatch";
import "./Highlight.css";

/** The normalised terms of the current search, for every <Highlight> below. */
export const SearchTermsContext = createContext<readonly string[]>([]);

/** Text from the dataset, marked with its language (so screen readers switch voice and an
 * English title sits right in a right-to-left page), with the current search's matches marked. */
export function Highlight({ text }: { text: string }) {
  const terms = useContext(SearchTermsContext);
  return (
    <span lang={DATA_LANG} dir="auto">
      {terms.length ? <Marked text={text} terms={terms} /> : text}
    </span>
  );
}

function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? (
          <mark key={i} className="search-match">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
