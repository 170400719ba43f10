import { parsePartialDate } from "../../lib/dates";
import { plainText, type Paragraphs } from "../../lib/richText";
import { linkHref, sitePath } from "../../lib/addressPolicy";
import { compactParagraphs, htmlToParagraphs } from "./richText";
import { slugify, uniqueKey } from "./timelineJsIds";
import { nativeDate } from "./timelineJsDates";
import { ImportError, type ImportReport, type Locate, type TjsSlide, type TjsTimeline } from "./timelineJsTypes";

const IMPORTED_SOURCE = "timelinejs-file";
const UNGROUPED = "ungrouped";

/** Converts a TimelineJS timeline to the native format, reading it as TimelineJS does
 * (TimelineConfig, TLDate): the title slide titles it, each slide with a start date is an event,
 * eras are periods, groups are categories. HTML fields become text with links, once. */
export function fromTimelineJs(tjs: TjsTimeline, file: string, format: string, where: Locate): { dataset: object; report: ImportReport } {
  const report: ImportReport = { format, events: 0, periods: 0, categories: 0, links: 0, mediaLinked: 0, skipped: [] };
  const rich = (html: unknown): Paragraphs => {
    const paragraphs = htmlToParagraphs(asHtml(html));
    report.links += paragraphs.flat().filter((run) => typeof run !== "string").length;
    return paragraphs;
  };
  // Headlines, groups and display dates are one line of text: their links are not kept, nor counted.
  const oneLine = (html: unknown) => plainText(htmlToParagraphs(asHtml(html)), " ").trim();

  // Ids exactly as TimelineJS assigns them: the title slide first, then each event in order.
  const taken = new Set<string>();
  const assignId = (slide: TjsSlide, fallback: string, keep: boolean) => {
    const given = typeof slide.unique_id === "string" || typeof slide.unique_id === "number" ? String(slide.unique_id).trim() : "";
    const candidate = given || (slide.text ? slugify(typeof slide.text.headline === "string" ? slide.text.headline : "") : "");
    const id = safeId(uniqueKey(taken, candidate || fallback));
    if (keep) taken.add(id);
    return id;
  };
  if (tjs.title) assignId(tjs.title, "title", true);

  if (tjs.scale === "cosmological")
    throw new ImportError(
      `${file} is on TimelineJS's cosmological scale (years in millions or billions), which this explorer cannot draw: its dates are calendar dates.`,
    );

  const categories = new Map<string, string>();
  const categoryOf = (group: unknown) => {
    const label = oneLine(group);
    if (!label) return UNGROUPED;
    if (!categories.has(label))
      categories.set(label, safeId(uniqueKey(new Set(categories.values()), slugify(label) || `group-${categories.size + 1}`)));
    return categories.get(label)!;
  };

  const events = [];
  for (const [i, slide] of tjs.events.entries()) {
    if (!slide || typeof slide !== "object" || !slide.start_date) {
      report.skipped.push(where(i, "start_date"));
      continue;
    }
    const date = nativeDate(slide.start_date, (part) => where(i, part ? `start_date.${part}` : "start_date"));
    let end = slide.end_date ? nativeDate(slide.end_date, (part) => where(i, part ? `end_date.${part}` : "end_date")) : null;
    if (end === date) end = null; // TimelineJS drops an end date equal to the start
    if (end && parsePartialDate(end)!.start < parsePartialDate(date)!.start) {
      throw new ImportError(`${where(i, "end_date")}: ${end} is before the start date ${date}.`);
    }
    const id = assignId(slide, `event-${i + 1}`, true);
    const text = rich(slide.text?.text);
    const headline = oneLine(slide.text?.headline);
    const displayDate = oneLine(slide.display_date ?? slide.start_date.display_date) || null;
    const title = headline || untitled(text, displayDate ?? date);
    events.push({
      id,
      date,
      end,
      displayDate,
      title,
      summary: text.length ? compactParagraphs(text) : title,
      category: categoryOf(slide.group),
      sources: [{ source: IMPORTED_SOURCE }],
      media:
        slide.media || backgroundImage(slide) ? media({ ...backgroundImage(slide), ...withoutBlanks(slide.media) }, rich, report) : null,
    });
  }
  report.events = events.length;
  if (!events.length) throw new ImportError(`${file} has no slide with a start date: there is no event to show.`);

  const periods = (tjs.eras ?? []).flatMap((era, i) => {
    if (!era?.start_date || !era.end_date) return [];
    const start = nativeDate(era.start_date, (part) => where(i, part ? `start_date.${part}` : "start_date", true));
    const end = nativeDate(era.end_date, (part) => where(i, part ? `end_date.${part}` : "end_date", true));
    const label = oneLine(era.text?.headline) || `Era ${i + 1}`;
    return [
      {
        id: assignId(era, `era-${i + 1}`, false),
        label,
        start,
        end,
        category: null,
        summary: null,
        sources: [{ source: IMPORTED_SOURCE }],
      },
    ];
  });
  report.periods = periods.length;

  const ungrouped = events.some((event) => event.category === UNGROUPED);
  const categoryList = [...categories].map(([label, id]) => ({ id, label }));
  if (ungrouped) categoryList.push({ id: UNGROUPED, label: categoryList.length ? "Other" : "Events" });
  report.categories = categoryList.length;

  const titleText = tjs.title ? rich(tjs.title.text?.text) : [];
  const title = oneLine(tjs.title?.text?.headline) || (titleText.length ? untitled(titleText, "") : file.replace(/^.*\//, ""));
  const description = plainText(titleText) || null;
  const notes = report.skipped.length
    ? [
        `${report.skipped.length === 1 ? "1 slide" : `${report.skipped.length} slides`} without a start date ${report.skipped.length === 1 ? "was" : "were"} left out, as TimelineJS leaves them out (${report.skipped.slice(0, 5).join("; ")}${report.skipped.length > 5 ? "; …" : ""}).`,
      ]
    : [];
  return {
    report,
    dataset: {
      version: 1,
      title,
      description,
      notes,
      categories: categoryList,
      sources: [
        {
          id: IMPORTED_SOURCE,
          file: null,
          outlet: null,
          title,
          published: null,
          url: null,
          summary: `The ${format} ${file.replace(/^.*\//, "")}, imported as it is: each of its slides is an event here. It names no sources of its own.`,
        },
      ],
      events,
      periods,
    },
  };
}

/** A field as the HTML text it holds: TimelineJS files put numbers and nulls where text goes. */
const asHtml = (value: unknown): string => (typeof value === "string" ? value : value == null ? "" : String(value));

/** A title for a slide without a headline: its text's first words, or its date. */
function untitled(text: Paragraphs, date: string): string {
  const words = plainText(text, " ").trim();
  if (!words) return `Untitled event, ${date}`;
  return words.length <= 80 ? words : `${words.slice(0, words.lastIndexOf(" ", 79) > 40 ? words.lastIndexOf(" ", 79) : 79)}…`;
}

/** Our ids keep to URL-safe characters; a TimelineJS id that does not is made to. */
function safeId(id: string): string {
  return (
    id
      .replace(/[^A-Za-z0-9._~-]/g, "-")
      .replace(/^[^A-Za-z0-9_]+/, "")
      .slice(0, 200) || "event"
  );
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

function media(m: NonNullable<TjsSlide["media"]>, rich: (html: unknown) => Paragraphs, report: ImportReport) {
  const url = typeof m.url === "string" ? m.url.trim() : "";
  // An embed code (`<iframe …>`, `<blockquote …>`) or a script address is never kept.
  // Another site's address (linked, never loaded) or a path on this one; nothing else.
  const kept = linkHref(url) ?? sitePath(url);
  if (linkHref(url)) report.mediaLinked++;
  const caption = rich(m.caption);
  const credit = rich(m.credit);
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
  return {
    url: kept,
    caption: caption.length ? compactParagraphs(caption) : null,
    credit: credit.length ? compactParagraphs(credit) : null,
    alt: text(m.alt),
    thumbnail: text(m.thumbnail) && linkHref(text(m.thumbnail)) ? text(m.thumbnail) : null,
    link: linkHref(text(m.link)),
  };
}
