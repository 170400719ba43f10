import { createContext, useContext } from "react";
import { highlightParts } from "./search";

/** The normalised terms of the current search, for every <Highlight> below. */
export const SearchTermsContext = createContext<readonly string[]>([]);

/** Text with the current search's matches marked. */
export function Highlight({ text }: { text: string }) {
  const terms = useContext(SearchTermsContext);
  if (!terms.length) return <>{text}</>;
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
