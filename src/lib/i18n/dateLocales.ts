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
export function withIranianMonths(locale: Locale): Locale {
  return {
    ...locale,
    localize: {
      ...locale.localize,
      month: (month: number, options?: { width?: string }) =>
        options?.width === "narrow" ? PERSIAN_MONTHS[month]!.charAt(0) : PERSIAN_MONTHS[month]!,
    },
  };
}
