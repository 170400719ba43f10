// A dataset as the tests read it: plain JSON, before the app parses it.

/** A dataset as raw JSON: tests compare the page against it. */
export interface RawEvent {
  id: string;
  date: string;
  title: string;
  summary: string;
  category: string;
  actors?: string[];
  sources: { source: string; quotes?: string[] }[];
}
export interface RawDataset {
  title: string;
  updated?: string;
  events: RawEvent[];
  sources: {
    id: string;
    outlet: string | null;
    citing?: string | null;
    title: string | null;
    quotes: { id: string; text: string; speaker: string }[];
  }[];
  categories: { id: string; label: string }[];
}
