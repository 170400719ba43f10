import { isBefore, parsePartialDate } from "../../lib/dates.ts";
import { plainText, type Paragraphs } from "../../lib/richText.ts";
import { linkHref, sitePath } from "../../lib/addressPolicy.ts";
import { compactParagraphs, htmlToParagraphs } from "./richText.ts";
import { cleanId } from "../../lib/ids.ts";
import { languageOfScript } from "../../lib/scriptLanguage.ts";
import { headlineId, slugify, uniqueKey } from "./timelineJsIds.ts";
import { nativeDate } from "./timelineJsDates.ts";
import { importNotices, type ImportNotice } from "../importNotices.ts";
import { ImportError, type ImportReport, type Locate, type TjsSlide, type TjsTimeline } from "./timelineJsTypes.ts";

const IMPORTED_SOURCE = "timelinejs-file";
const UNGROUPED = "ungrouped";

/** Converts a TimelineJS timeline to the native format, reading it as TimelineJS does
 * (TimelineConfig, TLDate): the title slide titles it, each slide with a start date is an event,
 * eras are periods, groups are categories. HTML fields become text with links, once. */
export function fromTimelineJs(
  tjs: TjsTimeline,
  file: string,
  format: string,
  where: Locate,
  /** Where a spreadsheet had a second title row, read as a slide (as TimelineJS reads it). */
  titlesDemoted: string[] = [],
): { dataset: object; report: ImportReport; notices: ImportNotice[] } {
  const report = emptyReport(format, titlesDemoted);
  const reading = textReaders(report);
  const ids = idAssigner(report, reading.oneLine);
  if (tjs.title) ids.assign(tjs.title, "title", true);

  if (tjs.scale === "cosmological")
    throw new ImportError(
      `${file} is on TimelineJS's cosmological scale (years in millions or billions), which this explorer cannot draw: its dates are calendar dates.`,
    );

  const categories = categoryNamer(reading.oneLine);
  const events = readEvents(tjs, where, { report, reading, ids, categoryOf: categories.of });
  if (!events.length) throw new ImportError(`${file} has no slide with a start date: there is no event to show.`);
  const periods = readEras(tjs, where, reading.oneLine, ids);

  const titleText = tjs.title ? reading.rich(tjs.title.text?.text) : [];
  const title = reading.oneLine(tjs.title?.text?.headline) || (titleText.length ? untitled(titleText, "") : file.replace(/^.*\//, ""));
  // TimelineJS names no language: where the script of the file's texts says it (Hebrew, Chinese…),
  // the dataset is in that language, so that its texts are not marked English.
  const language = languageOfScript([
    title,
    plainText(titleText),
    ...events.flatMap((event) => [event.title, typeof event.summary === "string" ? event.summary : plainText(event.summary ?? [])]),
    ...periods.map((period) => period.label),
  ]);
  const categoryList = categories.list(
    events.some((event) => event.category === UNGROUPED),
    language,
  );
  Object.assign(report, { events: events.length, periods: periods.length, categories: categoryList.length });
  return {
    report,
    // What it left out or changed, said beside the dataset in the reader's language: never silently.
    notices: importNotices(report, language),
    dataset: {
      version: 1,
      title,
      description: plainText(titleText) || null,
      ...(language ? { languages: [{ code: language }] } : {}),
      categories: categoryList,
      sources: [importedSource(file, format, tjs.title, reading.oneLine, title)],
      events,
      periods,
    },
  };
}

/** The one source every event cites: the file itself, named as such (`imported`); its summary is what
 * the title slide says of it (its text, else its media's credit), else the timeline's title. */
function importedSource(file: string, format: string, titleSlide: TjsSlide | undefined, oneLine: OneLine, title: string) {
  const name = file.replace(/^.*\//, "");
  const said = oneLine(titleSlide?.text?.text) || oneLine(titleSlide?.media?.credit);
  return {
    id: IMPORTED_SOURCE,
    file: null,
    outlet: null,
    title: name,
    published: null,
    url: null,
    summary: said || title,
    imported: { file: name, format },
  };
}

const emptyReport = (format: string, titlesDemoted: string[]): ImportReport => ({
  format,
  events: 0,
  periods: 0,
  categories: 0,
  links: 0,
  mediaLinked: 0,
  skipped: [],
  titlesDemoted,
  mediaDropped: [],
  idsChanged: [],
  notRead: {},
  formerIds: 0,
});

type Rich = (html: unknown) => Paragraphs;
type OneLine = (html: unknown) => string;

/** HTML read as text with links (each link counted), or as one line (headlines, groups and display
 * dates: their links are neither kept nor counted). */
function textReaders(report: ImportReport): { rich: Rich; oneLine: OneLine } {
  return {
    rich: (html) => {
      const paragraphs = htmlToParagraphs(asHtml(html));
      report.links += paragraphs.flat().filter((run) => typeof run !== "string").length;
      return paragraphs;
    },
    oneLine: (html) => plainText(htmlToParagraphs(asHtml(html)), " ").trim(),
  };
}

type AssignId = (slide: TjsSlide, fallback: string, keep: boolean, at?: string) => { id: string; formerIds: string[] };

/** Ids in TimelineJS's order (the title slide first, then each event) and by its rule, where that
 * keeps the headline's letters; made valid before they are made unique. TimelineJS's own id,
 * where ours differs, is kept as a former id, so its links (`#event-<id>`) still open the slide. */
function idAssigner(report: ImportReport, oneLine: OneLine): { assign: AssignId } {
  const taken = new Set<string>();
  const takenByTimelineJs = new Set<string>();
  const assign: AssignId = (slide, fallback, keep, at) => {
    const raw = typeof slide.unique_id === "string" || typeof slide.unique_id === "number" ? String(slide.unique_id) : "";
    const given = raw.trim();
    const headline = typeof slide.text?.headline === "string" ? slide.text.headline : "";
    const candidate = cleanId(given || (slide.text ? headlineId(headline, oneLine(headline)) : ""));
    const id = uniqueKey(taken, candidate || fallback);
    const theirs = given ? raw : slide.text ? slugify(headline) : "";
    // Where TimelineJS would make up a random id, no link to it outlives the page.
    const timelineJsId = theirs ? uniqueKey(takenByTimelineJs, theirs) : null;
    if (keep) {
      taken.add(id);
      if (timelineJsId !== null) takenByTimelineJs.add(timelineJsId);
    }
    if (given && id !== given && at) report.idsChanged.push(`${at}: "${given}" is "${id}" here`);
    return { id, formerIds: timelineJsId !== null && timelineJsId !== id ? [timelineJsId] : [] };
  };
  return { assign };
}

/** The category of slides without a group, in the file's language where the app speaks it (the
 * file's script says so): "Other" beside named groups, "Events" where there are none. */
const UNGROUPED_LABELS: Partial<Record<string, { other: string; all: string }>> = {
  en: { other: "Other", all: "Events" },
  ar: { other: "أخرى", all: "أحداث" },
  fa: { other: "سایر", all: "رویدادها" },
};

/** Groups as categories, each id made once from its label; slides without a group share one. */
function categoryNamer(oneLine: OneLine) {
  const categories = new Map<string, string>();
  return {
    of: (group: unknown) => {
      const label = oneLine(group);
      if (!label) return UNGROUPED;
      if (!categories.has(label))
        categories.set(label, uniqueKey(new Set(categories.values()), cleanId(headlineId(label, label)) || `group-${categories.size + 1}`));
      return categories.get(label)!;
    },
    list: (ungrouped: boolean, language: string | null) => {
      const list = [...categories].map(([label, id]) => ({ id, label }));
      const words = UNGROUPED_LABELS[language ?? "en"] ?? UNGROUPED_LABELS.en!;
      if (ungrouped) list.push({ id: UNGROUPED, label: list.length ? words.other : words.all });
      return list;
    },
  };
}

interface EventReading {
  report: ImportReport;
  reading: { rich: Rich; oneLine: OneLine };
  ids: { assign: AssignId };
  categoryOf: (group: unknown) => string;
}

/** Each slide with a start date, as an event; those without are skipped, as TimelineJS skips them. */
function readEvents(tjs: TjsTimeline, where: Locate, context: EventReading) {
  const events = [];
  for (const [i, slide] of tjs.events.entries()) {
    if (!slide || typeof slide !== "object" || !slide.start_date) {
      context.report.skipped.push(where(i, "start_date"));
      continue;
    }
    events.push(readEvent(slide as TjsSlide & { start_date: object }, i, where, context));
  }
  return events;
}

function readEvent(slide: TjsSlide & { start_date: object }, i: number, where: Locate, { report, reading, ids, categoryOf }: EventReading) {
  const date = nativeDate(slide.start_date, (part) => where(i, part ? `start_date.${part}` : "start_date"));
  let end = slide.end_date ? nativeDate(slide.end_date, (part) => where(i, part ? `end_date.${part}` : "end_date")) : null;
  if (end === date) end = null; // TimelineJS drops an end date equal to the start
  if (end && isBefore(parsePartialDate(end)!, parsePartialDate(date)!)) {
    throw new ImportError(`${where(i, "end_date")}: ${end} is before the start date ${date}.`);
  }
  countNotRead(slide, report.notRead);
  const { id, formerIds } = ids.assign(slide, `event-${i + 1}`, true, where(i, "unique_id"));
  if (formerIds.length) report.formerIds++;
  const text = reading.rich(slide.text?.text);
  const headline = reading.oneLine(slide.text?.headline);
  const displayDate = reading.oneLine(slide.display_date ?? slide.start_date.display_date) || null;
  return {
    id,
    date,
    end,
    displayDate,
    title: headline || untitled(text, displayDate ?? date),
    // A slide without text has nothing to add to its headline: no summary, rather than the title twice.
    summary: text.length ? compactParagraphs(text) : null,
    category: categoryOf(slide.group),
    sources: [{ source: IMPORTED_SOURCE }],
    media:
      slide.media || backgroundImage(slide)
        ? media({ ...backgroundImage(slide), ...withoutBlanks(slide.media) }, reading.rich, report, where(i, "media.url"))
        : null,
    ...(formerIds.length ? { formerIds } : {}),
  };
}

/** Eras with both dates, as periods. */
function readEras(tjs: TjsTimeline, where: Locate, oneLine: OneLine, ids: { assign: AssignId }) {
  return (tjs.eras ?? []).flatMap((era, i) => {
    if (!era?.start_date || !era.end_date) return [];
    const start = nativeDate(era.start_date, (part) => where(i, part ? `start_date.${part}` : "start_date", true));
    const end = nativeDate(era.end_date, (part) => where(i, part ? `end_date.${part}` : "end_date", true));
    const label = oneLine(era.text?.headline) || `Era ${i + 1}`;
    return [
      {
        id: ids.assign(era, `era-${i + 1}`, false, where(i, "unique_id", true)).id,
        label,
        start,
        end,
        category: null,
        summary: null,
        sources: [{ source: IMPORTED_SOURCE }],
      },
    ];
  });
}

/** The slide fields this import reads; anything else a slide carries TimelineJS may draw, and this explorer does not. */
const READ = new Set(["unique_id", "start_date", "end_date", "display_date", "text", "media", "group", "background"]);

function countNotRead(slide: TjsSlide, notRead: Record<string, number>): void {
  const count = (name: string) => (notRead[name] = (notRead[name] ?? 0) + 1);
  for (const key of Object.keys(slide)) if (!READ.has(key)) count(key);
  const background = slide.background as { color?: unknown } | string | undefined;
  const colour = typeof background === "object" && background !== null ? background.color : background;
  if (typeof colour === "string" && colour.trim() && !backgroundImage(slide)) count("background colour");
}

/** A field as the HTML text it holds: TimelineJS files put numbers and nulls where text goes. */
const asHtml = (value: unknown): string => (typeof value === "string" ? value : value == null ? "" : String(value));

/** A title for a slide without a headline: its text's first words, or its date. */
function untitled(text: Paragraphs, date: string): string {
  const words = plainText(text, " ").trim();
  if (!words) return `Untitled event, ${date}`;
  return words.length <= 80 ? words : `${words.slice(0, words.lastIndexOf(" ", 79) > 40 ? words.lastIndexOf(" ", 79) : 79)}…`;
}

/** A slide's background image, which TimelineJS draws behind it: here, media like any other (a
 * link, where it is on another site). A background colour is left out. */
function backgroundImage(slide: TjsSlide): { url: string } | null {
  const background = slide.background;
  const url =
    typeof background === "string"
      ? background.trim()
      : typeof background === "object" && background
        ? (background as { url?: unknown }).url
        : null;
  // A colour (`#0a141e`, `rgb(10, 20, 30)`, `hsl(…)`, `navy`) is no address, whatever it parses as.
  const colour = /^(?:#|(?:rgb|hsl|hwb|lab|lch|oklab|oklch|color)a?\s*\(|[a-z]+$)/i;
  return typeof url === "string" && url && !colour.test(url) ? { url } : null;
}

/** The fields of `media` that hold something (a spreadsheet's empty cells are blank strings). */
function withoutBlanks(m: TjsSlide["media"]) {
  return Object.fromEntries(Object.entries(m ?? {}).filter(([, value]) => value != null && String(value).trim() !== ""));
}

function media(m: NonNullable<TjsSlide["media"]>, rich: (html: unknown) => Paragraphs, report: ImportReport, at: string) {
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
  const url = withScheme(text(m.url) ?? "");
  // An embed code (`<iframe …>`, `<blockquote …>`) or a script address is never kept.
  // Another site's address (linked, never loaded) or a path on this one; nothing else.
  const kept = linkHref(url) ?? sitePath(url);
  if (linkHref(url)) report.mediaLinked++;
  else if (url && kept === null) report.mediaDropped.push(at);
  const caption = rich(m.caption);
  const credit = rich(m.credit);
  const thumbnail = withScheme(text(m.thumbnail) ?? "");
  return {
    url: kept,
    caption: caption.length ? compactParagraphs(caption) : null,
    credit: credit.length ? compactParagraphs(credit) : null,
    alt: text(m.alt),
    thumbnail: linkHref(thumbnail),
    link: linkHref(withScheme(text(m.link) ?? "")),
  };
}

/** A protocol-relative address (`//upload.wikimedia.org/…`), as TimelineJS's pages load it: https.
 * The result goes through the address policy like any other. */
const withScheme = (address: string) => (address.startsWith("//") ? `https:${address}` : address);
