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
}

/** Where a field is, in the words of the file's own format (`events[3].start_date.year`, or a
 * spreadsheet's row and column). */
export type Locate = (slide: number, field: string, era?: boolean) => string;

export class ImportError extends Error {}
