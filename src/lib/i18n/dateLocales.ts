import { ar, faIR } from "date-fns/locale";
import type { Locale } from "date-fns";

/** The Gregorian months as Iranian readers write them (ژانویه … دسامبر, from the French): the
 * names moment's `fa` locale gives vis-timeline's axis, and CLDR's. date-fns's fa-IR writes the
 * English forms instead (آپریل, می, جون), so a box and the axis beneath it would differ; its
 * abbreviations (ژانـ) are not how the names are shortened either: Persian writes them whole. */
export const PERSIAN_MONTHS = [
  "ژانویه",
  "فوریه",
  "مارس",
  "آوریل",
  "مه",
  "ژوئن",
  "ژوئیه",
  "اوت",
  "سپتامبر",
  "اکتبر",
  "نوامبر",
  "دسامبر",
] as const;

/** date-fns's Persian with the months above, every width but the one-letter narrow one. */
function withIranianMonths(locale: Locale): Locale {
  return {
    ...locale,
    localize: {
      ...locale.localize,
      month: (month: number, options?: { width?: string }) =>
        options?.width === "narrow" ? PERSIAN_MONTHS[month]!.charAt(0) : PERSIAN_MONTHS[month]!,
    },
  };
}
// Marked pure, so that a bundle that formats no date (the dataset worker) leaves it out.
const persian = /* @__PURE__ */ withIranianMonths(faIR);

/** The date-fns locale of each interface language (English is date-fns's default). Arabic's month
 * names already agree with moment's (the axis's). */
export const DATE_LOCALES = { en: undefined, ar, fa: persian } as const satisfies Record<string, Locale | undefined>;
