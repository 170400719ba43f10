import type { Quote } from "../../dataset/schema";
import { originalLangOf, type QuoteTranslation } from "../../dataset/localise";
import { Highlight } from "../../lib/Highlight";
import { useI18n } from "../../lib/i18n/I18nContext";
import { quoteMarks } from "../../lib/quoteMarks";

/** A quote's own words, verbatim in their language: marked so that a browser's translation leaves
 * them alone (the translation, where there is one, is shown beneath, as such). */
export function QuoteText({ quote }: { quote: Quote }) {
  const lang = quote.language ?? originalLangOf(quote);
  const [open, close] = quoteMarks(lang);
  return (
    // Its own language's quotation marks, inside its own direction: an English quote reads left to right on a right-to-left page.
    <span className="quote-original" translate="no" lang={lang} dir="auto" data-testid="quote-original">
      {open}
      <Highlight text={quote.text} lang={lang} />
      {close}
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
