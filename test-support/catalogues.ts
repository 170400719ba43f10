import { expect } from "vitest";
import type { Language } from "../src/lib/i18n/i18n";
import type { Message, PluralMessage } from "../src/lib/i18n/message";

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
const uncounted = (s: string) => placeholders(s).filter((p) => p !== "{count}");

/** Every key of the reference catalogue, translated, with its placeholders; a counted message
 * counted in every language, with a form for each of the language's plural categories (a form
 * may say the number in words, leaving `{count}` out). */
export function expectCatalogueLike(
  lang: Language,
  catalogue: Record<string, Message>,
  reference: Record<string, Message>,
  sameInEveryLanguage: string[] = [],
) {
  expect(Object.keys(catalogue).sort()).toEqual(Object.keys(reference).sort());
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const [key, english] of Object.entries(reference)) {
    const message = catalogue[key]!;
    if (typeof english === "string") {
      expect(typeof message, key).toBe("string");
      const text = message as string;
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(text), key).toEqual(placeholders(english));
      if (lang !== "en" && !sameInEveryLanguage.includes(key)) expect(text, `${lang}.${key} is still English`).not.toBe(english);
      continue;
    }
    expect(typeof message, `${lang}.${key} counts`).toBe("object");
    const forms = message as PluralMessage;
    expect(Object.keys(forms).sort(), `${lang}.${key}'s forms`).toEqual([...categories].sort());
    expect(placeholders(forms.other), `${lang}.${key}.other`).toEqual(placeholders(english.other));
    for (const [category, text] of Object.entries(forms)) {
      expect(text.trim(), `${lang}.${key}.${category}`).not.toBe("");
      expect(uncounted(text), `${lang}.${key}.${category}`).toEqual(uncounted(english.other));
      if (lang !== "en") expect(text, `${lang}.${key}.${category} is still English`).not.toBe(english.other);
    }
  }
}
