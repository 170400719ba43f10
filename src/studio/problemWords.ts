import type { DatasetProblem } from "../dataset/parse";
import type { DraftDataset } from "./draftStore";
import type { StudioMessageKey } from "./i18n/messages.en";
import type { StudioTranslate } from "./studioI18n";

/** What a rule of the format says, told in the reporter's words: the schema's English message
 * read for its kind (the schema's words stay the one source of the rules). */
const KINDS: readonly [RegExp, StudioMessageKey][] = [
  [/^must not be empty|^a paragraph must not be empty/, "problemMissing"],
  [/is not a date of the form/, "problemNotADate"],
  [/^must be a day, YYYY-MM-DD, or a date-time|^must be a date-time/, "problemNotADayOrTime"],
  [/^must be a day/, "problemNotADay"],
  [/is before the update above it/, "problemUpdateOrder"],
  [/^must cite at least one source/, "problemCitesNothing"],
  [/^duplicate id/, "problemDuplicateId"],
  [/^cites a source left out of the preview/, "problemSourceLeftOut"],
  [/^no source has the id/, "problemUnknownSource"],
  [/has no quote/, "problemUnknownQuote"],
  [/is not one of the categories/, "problemUnknownCategory"],
  [/^must use only letters/, "problemBadId"],
  [/^must be at most/, "problemTooLong"],
  [/^must be an absolute http/, "problemBadLink"],
  [/is before the start date/, "problemEndBeforeStart"],
  [/^must list at least one category/, "problemNoCategory"],
  [/^must hold at least one event/, "problemNoEvent"],
];

/** The form's label for a field the schema names. */
const FIELDS: Readonly<Record<string, StudioMessageKey>> = {
  title: "title",
  date: "date",
  end: "endDate",
  displayDate: "displayDate",
  summary: "summary",
  category: "category",
  place: "place",
  id: "id",
  label: "periodLabel",
  start: "start",
  outlet: "outlet",
  speaker: "speaker",
  text: "quote",
  url: "link",
  link: "mediaLink",
  published: "published",
  sources: "cites",
  source: "cites",
  quotes: "quotes",
  categories: "categoriesSection",
  events: "eventsSection",
};

const SOURCE_FIELDS: Readonly<Record<string, StudioMessageKey>> = { summary: "sourceSummary", title: "articleTitle" };
/** A note for readers' fields, as its form names them. */
const UPDATE_FIELDS: Readonly<Record<string, StudioMessageKey>> = { date: "updateDate", kind: "updateKind", note: "updateNote" };

const ITEMS: Readonly<Record<string, StudioMessageKey>> = {
  events: "problemEvent",
  periods: "problemPeriod",
  sources: "problemSource",
  categories: "problemCategory",
};

/** What is wrong, in the reporter's language ("Date is missing"); `english` where the studio has no
 * words of its own for the rule, and shows the schema's. */
export interface ProblemText {
  text: string;
  english: boolean;
}

/** Which item a problem is in ("Event 2, “Ministers meet”"), or the timeline itself. */
export function problemWhere(path: string, dataset: DraftDataset, t: StudioTranslate): string {
  const item = /^(events|periods|sources|categories)\[(\d+)\]/.exec(path);
  if (!item) return t("problemTimeline");
  const fields = dataset[item[1] as "events"]?.[Number(item[2])] as Record<string, unknown> | undefined;
  const name = [fields?.title, fields?.label, fields?.outlet, fields?.id].find((value) => typeof value === "string" && value.trim());
  return t(ITEMS[item[1]!]!, { n: Number(item[2]) + 1, name: (name as string | undefined)?.trim() ?? t("noName") });
}

/** What is wrong at a problem's field, in words. */
export function problemWhat({ path, message }: DatasetProblem, t: StudioTranslate): ProblemText {
  const quote = /^sources\[\d+\]\.quotes\[(\d+)\]/.exec(path);
  const update = /^events\[\d+\]\.updates\[(\d+)\]/.exec(path);
  const fieldName = /([A-Za-z]+)$/.exec(path.replace(/\[\d+\]$/, ""))?.[1] ?? "";
  // A source's summary and title are "What the article reports" and "Article title" in its form.
  const inSource = /^sources\[\d+\]\.[a-z]+$/i.test(path);
  const label = (inSource && SOURCE_FIELDS[fieldName]) || (update && UPDATE_FIELDS[fieldName]) || FIELDS[fieldName];
  // A translation's field is named with its language: "Title in ar is missing", not the original's "Title".
  const translatedInto = /(?:^|\.)translations\.([^.]+)\.[A-Za-z]+$/.exec(path)?.[1];
  const named = label ? t(label) : fieldName;
  const field = translatedInto ? t("translationOf", { field: named, language: translatedInto }) : named;
  const inQuote = quote ? `${t("quote")} ${Number(quote[1]) + 1}, ` : "";
  const kind = KINDS.find(([pattern]) => pattern.test(message));
  const said = kind ? `${inQuote}${t(kind[1], { field })}` : `${inQuote}${field}: ${message}`;
  const text = update ? t("problemInUpdate", { n: Number(update[1]) + 1, what: said }) : said;
  return { text, english: !kind };
}
