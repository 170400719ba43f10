import type { Quote } from "../../dataset/schema";
import { originalLangOf, type QuoteTranslation } from "../../dataset/localise";
import { Highlight } from "../../lib/Highlight";
import { useI18n } from "../../lib/i18n/I18nContext";

/** A quote's own words, verbatim in their language: marked so that a browser's translation leaves
 * them alone (the translation, where there is one, is shown beneath, as such). */
export function QuoteText({ quote }: { quote: Quote }) {
  return (
    // Its quotation marks inside its own direction: an English quote reads left to right on a right-to-left page.
    <span className="quote-original" translate="no" lang={quote.language ?? originalLangOf(quote)} dir="auto" data-testid="quote-original">
      “<Highlight text={quote.text} lang={quote.language ?? originalLangOf(quote)} />”
    </span>
  );
}

/** The translation shown beneath a quote: marked as a translation, and by whom and how. */
export function QuoteTranslationNote({ translation }: { translation: QuoteTranslation }) {
  const { t } = useI18n();
  const by = [
    translation.translator ? t("translatedBy", { translator: translation.translator }) : t("translation"),
    translation.method === "machine" ? t("machineTranslation") : null,
    translation.reviewed ? t("translationReviewed") : null,
  ].filter(Boolean);
  return (
    <div className="quote-translation" data-testid="quote-translation" lang={translation.lang}>
      <p className="quote-translation-label">{by.join(" · ")}</p>
      <p>
        <Highlight text={translation.text} lang={translation.lang} />
      </p>
    </div>
  );
}
