// What an import of a TimelineJS file left out or changed, as keyed messages (a code and its
// values), carried beside the dataset (never in it) and said in the reader's language from the
// interface's catalogues (src/lib/i18n/messages.*.ts).
import { translator, type Language, type Translate } from "../lib/i18n/i18n.ts";
import type { MessageKey } from "../lib/i18n/messages.en.ts";
import type { ImportReport } from "./timelineJs/timelineJsTypes";

/** One thing an import says about itself. `places` are where in the file (its own words for them:
 * `events[3].start_date`, a spreadsheet's row and column), at most PLACES of them. */
export type ImportNotice =
  | { code: "skipped" | "titlesDemoted" | "mediaDropped" | "idsChanged"; count: number; places: string[] }
  | { code: "mediaLinked"; count: number }
  | { code: "notRead"; fields: [name: string, slides: number][] }
  | { code: "language"; language: string };

/** How many places a notice names; past them, "…". */
const PLACES = 5;

/** The notices an import's report calls for, one each, in the order a reader should meet them;
 * `language`: the language the file's script says, where TimelineJS names none. */
export function importNotices(report: ImportReport, language: string | null): ImportNotice[] {
  const notices: ImportNotice[] = [];
  const located = (code: "skipped" | "titlesDemoted" | "mediaDropped" | "idsChanged", list: string[]) => {
    if (list.length) notices.push({ code, count: list.length, places: list.slice(0, PLACES + 1) });
  };
  located("skipped", report.skipped);
  located("titlesDemoted", report.titlesDemoted);
  located("mediaDropped", report.mediaDropped);
  located("idsChanged", report.idsChanged);
  if (report.mediaLinked) notices.push({ code: "mediaLinked", count: report.mediaLinked });
  const unread = Object.entries(report.notRead).sort(([a], [b]) => a.localeCompare(b));
  if (unread.length) notices.push({ code: "notRead", fields: unread });
  if (language) notices.push({ code: "language", language });
  return notices;
}

const KEYS: Record<ImportNotice["code"], MessageKey> = {
  skipped: "importSkipped",
  titlesDemoted: "importTitlesDemoted",
  mediaDropped: "importMediaDropped",
  idsChanged: "importIdsChanged",
  mediaLinked: "importMediaLinked",
  notRead: "importNotRead",
  language: "importLanguage",
};

/** The file's own words (a place, a field's name), isolated from the sentence around them so that a
 * right-to-left sentence does not reorder them (FSI … PDI). */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** A notice in the interface's language. */
export function importNoticeText(notice: ImportNotice, t: Translate, lang: Language): string {
  const key = KEYS[notice.code];
  switch (notice.code) {
    case "language":
      return t(key, { language: isolate(languageName(notice.language, lang)) });
    case "notRead":
      return t(key, {
        fields: notice.fields.map(([name, count]) => t("importField", { name: isolate(name), count })).join(t("listSeparator")),
      });
    case "mediaLinked":
      return t(key, { count: notice.count });
    default: {
      const shown = notice.places.slice(0, PLACES).map(isolate);
      return t(key, { count: notice.count, places: [...shown, ...(notice.places.length > PLACES ? ["…"] : [])].join("; ") });
    }
  }
}

/** "Hebrew (he)", "العبرية (he)": the language's name in the interface's, with its code. */
function languageName(code: string, lang: Language): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** The notices in English, where there is no reader's language (the studio's notes on a file, the
 * command line's report, tests). */
export const inEnglish = (notices: readonly ImportNotice[]): string[] => {
  const t = translator("en");
  return notices.map((notice) => importNoticeText(notice, t, "en"));
};
