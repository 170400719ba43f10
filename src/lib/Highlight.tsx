import { createContext, useContext } from "react";
import { DATA_LANG, useI18n } from "./i18n/I18nContext";
import { highlightParts } from "./textMatch";
import { toReact } from "./markupReact";
import { notTranslatedMarkup } from "./notTranslatedMarkup";
import "./Highlight.css";

/** The normalised terms of the current search, for every <Highlight> below. */
export const SearchTermsContext = createContext<readonly string[]>([]);

/** Text from the dataset, marked with its language (so screen readers switch voice and an
 * English title sits right in a right-to-left page), with the current search's matches marked. */
export function Highlight({ text, lang = DATA_LANG, untranslated = null }: { text: string; lang?: string; untranslated?: string | null }) {
  const terms = useContext(SearchTermsContext);
  return (
    <>
      <span lang={lang} dir="auto">
        {terms.length ? <Marked text={text} terms={terms} /> : text}
      </span>
      {untranslated !== null && (
        <>
          {" "}
          <NotTranslated />
        </>
      )}
    </>
  );
}

/** The mark on a text shown in its original because the reader's language has no translation of
 * it: seen, and read out, in the interface language. */
export function NotTranslated() {
  return toReact(notTranslatedMarkup(useI18n()));
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
