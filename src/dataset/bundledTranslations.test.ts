import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "./readDatasetNow";

// The bundled dataset in Arabic and Persian: every text a reader sees is translated, each
// translation says which original it was made from, and quotes stay verbatim.
const fileText = readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8");
// The file as written: a rich-text summary's basis is the digest of its paragraphs, not of the plain text the schema derives.
const raw = JSON.parse(fileText) as RawItem & { languages: { code: string }[] };
const dataset = parseDataset(fileText, "data/timeline.json");

type RawItem = Record<string, unknown> & { translations?: Record<string, Record<string, unknown> & { basis?: Record<string, string> }> };

/** The format's basis: the first 16 hex digits of the SHA-256 of the text, or of the JSON of a list or paragraphs. */
const digest = (value: unknown) =>
  createHash("sha256")
    .update(typeof value === "string" ? value : JSON.stringify(value), "utf8")
    .digest("hex")
    .slice(0, 16);

const LANGUAGES = ["ar", "fa"] as const;

/** Every item a reader sees, with the fields it has a text in. */
function translatable(): { where: string; item: RawItem; fields: string[] }[] {
  const has = (item: RawItem, field: string) => {
    const value = item[field];
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  };
  const entry = (where: string, item: RawItem, fields: string[]) => ({ where, item, fields: fields.filter((field) => has(item, field)) });
  const list = (key: string) => raw[key] as RawItem[];
  return [
    entry("the dataset", raw, ["title", "description"]),
    ...list("categories").map((c) => entry(`category ${String(c.id)}`, c, ["label"])),
    ...list("periods").map((p) => entry(`period ${String(p.id)}`, p, ["label", "summary"])),
    ...list("events").flatMap((e) => [
      entry(`event ${String(e.id)}`, e, ["title", "summary", "displayDate", "place", "actors"]),
      ...(e.media ? [entry(`event ${String(e.id)} media`, e.media as RawItem, ["caption", "credit", "alt"])] : []),
      ...((e.updates as RawItem[] | undefined) ?? []).map((u, i) => entry(`event ${String(e.id)} update ${i}`, u, ["note"])),
    ]),
    ...list("sources").flatMap((s) => [
      entry(`source ${String(s.id)}`, s, ["title", "summary"]),
      ...(s.quotes as RawItem[]).map((q) => entry(`quote ${String(s.id)}/${String(q.id)}`, q, ["text"])),
    ]),
  ];
}

/** The texts of a translated value: a string, a list of names, or paragraphs of runs. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object" && "text" in value) return texts(value.text);
  return [];
}

const translatedTexts = (language: string) =>
  translatable().flatMap(({ where, item, fields }) =>
    fields.flatMap((field) => texts(item.translations?.[language]?.[field]).map((text) => ({ at: `${where} ${field}`, text }))),
  );

describe("the bundled dataset in Arabic and Persian", () => {
  it("names English as the original and Arabic and Persian as machine translations, not reviewed", () => {
    expect(dataset.languages.map((l) => l.code)).toEqual(["en", "ar", "fa"]);
    for (const language of dataset.languages.slice(1)) {
      expect(language, language.code).toMatchObject({ method: "machine", reviewed: false });
    }
    // Who translated, shown beside each quote's translation in the reader's language: the newsroom, by an AI model.
    expect(dataset.languages[1]!.translator).toMatch(/غرفة الأخبار.*ذكاء اصطناعي/u);
    expect(dataset.languages[2]!.translator).toMatch(/تحریریه.*هوش مصنوعی/u);
  });

  it("translates every text of every item into both languages", () => {
    const missing = translatable().flatMap(({ where, item, fields }) =>
      LANGUAGES.flatMap((language) =>
        fields.filter((field) => item.translations?.[language]?.[field] === undefined).map((field) => `${where} ${field} (${language})`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("gives each translated field the basis of its current original, so a changed original shows it out of date", () => {
    const stale = translatable().flatMap(({ where, item, fields }) =>
      LANGUAGES.flatMap((language) =>
        fields
          .filter((field) => item.translations?.[language]?.basis?.[field] !== digest(item[field]))
          .map((field) => `${where} ${field} (${language})`),
      ),
    );
    expect(stale).toEqual([]);
  });

  it("writes Arabic and Persian in Arabic script, Persian with its own yeh and kaf, Arabic without Persian letters", () => {
    const notArabicScript = (text: string) => /\p{L}/u.test(text.replace(/\p{Script=Arabic}/gu, "")) || !/\p{Script=Arabic}/u.test(text);
    for (const language of LANGUAGES) {
      expect(
        translatedTexts(language).filter(({ text }) => notArabicScript(text)),
        language,
      ).toEqual([]);
    }
    expect(translatedTexts("fa").filter(({ text }) => /[يك]/u.test(text))).toEqual([]);
    expect(translatedTexts("ar").filter(({ text }) => /[یکگپچژ]/u.test(text))).toEqual([]);
  });

  it("joins Persian prefixes and suffixes with a zero-width non-joiner, not a space", () => {
    // "می کند" and "کتاب ها" are typing slips for "می‌کند" and "کتاب‌ها".
    expect(translatedTexts("fa").filter(({ text }) => /(^|\s)ن?می\s|\sها(ی|یی)?(\s|[،.؛]|$)/u.test(text))).toEqual([]);
  });

  it("keeps every quote verbatim in English, with its translations beside it made from that very text", () => {
    for (const source of dataset.sources) {
      const rawQuotes = (raw.sources as RawItem[]).find((s) => s.id === source.id)!.quotes as RawItem[];
      for (const quote of source.quotes) {
        const at = `${source.id}/${quote.id}`;
        expect(quote.language, at).toBe("en");
        expect(quote.text, at).not.toMatch(/\p{Script=Arabic}/u);
        expect(rawQuotes.find((q) => q.id === quote.id)!.text, at).toBe(quote.text);
        for (const language of LANGUAGES) {
          expect(quote.translations?.[language]?.text, at).not.toBe(quote.text);
          expect(quote.translations?.[language]?.basis?.text, at).toBe(digest(quote.text));
        }
      }
    }
  });
});
