// TimelineJS's file format, as its JSON and spreadsheet give it, and what an import reports.

/** A TimelineJS date: its `TLDate` fields, numbers or strings. */
export interface TjsDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  display_date?: unknown;
}

export interface TjsSlide {
  unique_id?: unknown;
  start_date?: TjsDate;
  end_date?: TjsDate;
  display_date?: unknown;
  text?: { headline?: unknown; text?: unknown };
  media?: { url?: unknown; caption?: unknown; credit?: unknown; alt?: unknown; thumbnail?: unknown; link?: unknown };
  group?: unknown;
  background?: unknown;
}

export interface TjsTimeline {
  title?: TjsSlide;
  events: TjsSlide[];
  eras?: TjsSlide[];
  scale?: unknown;
}

/** What an import kept and left out, for the notice and `npm run import`'s report. */
export interface ImportReport {
  format: string;
  events: number;
  periods: number;
  categories: number;
  /** Links kept as links, in texts, captions and credits. */
  links: number;
  /** Media on other sites, kept as links to them (never loaded). */
  mediaLinked: number;
  /** Slides without a start date, which TimelineJS skips too: where they were. */
  skipped: string[];
  /** A spreadsheet's title rows after the first, read as slides: where they were. */
  titlesDemoted: string[];
  /** Media whose address is neither http(s) nor a path on this site (an embed code): where. */
  mediaDropped: string[];
  /** A file's unique_id changed to be unique and fit for an address: where, and to what. */
  idsChanged: string[];
  /** What TimelineJS draws that this explorer does not (a background colour, a slide's `location`):
   * each by name, with how many slides have it. */
  notRead: Record<string, number>;
  /** Events whose id is not TimelineJS's own, which is kept as a former id (its links still work). */
  formerIds: number;
}

/** Where a field is, in the words of the file's own format (`events[3].start_date.year`, or a
 * spreadsheet's row and column). */
export type Locate = (slide: number, field: string, era?: boolean) => string;

export class ImportError extends Error {}
