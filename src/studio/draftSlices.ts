import type { DraftDataset } from "./draftStore";

/** A long draft as JSON text in slices: what goes to the check worker and the preview frame. A
 * structured clone of 10,000 events holds the page for a tenth of a second or more, twice over
 * (to the frame, then to its worker); text is written a slice a task and passed on as it is. */
export interface DraftSlices {
  /** The draft without its lists of items. */
  head: string;
  events: string[];
  sources: string[];
  periods: string[] | null;
}

/** Items a slice: each written in a few milliseconds. */
const SLICE = 500;

const aTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `draft` written as slices, one slice a task, so that no task of the page is long. */
export async function writeDraftSlices(draft: DraftDataset, pause: () => Promise<void> = aTask): Promise<DraftSlices> {
  const { events, sources, periods, ...head } = draft;
  const slices = async (items: readonly unknown[]) => {
    const written: string[] = [];
    for (let i = 0; i < items.length; i += SLICE) {
      written.push(JSON.stringify(items.slice(i, i + SLICE)));
      await pause();
    }
    return written;
  };
  return {
    head: JSON.stringify(head),
    events: await slices(events),
    sources: await slices(sources),
    periods: periods ? await slices(periods) : null,
  };
}

/** The draft `writeDraftSlices` wrote. */
export function readDraftSlices(slices: DraftSlices): DraftDataset {
  const read = (parts: readonly string[]) => parts.flatMap((part) => JSON.parse(part) as unknown[]);
  const draft = JSON.parse(slices.head) as DraftDataset;
  draft.events = read(slices.events) as DraftDataset["events"];
  draft.sources = read(slices.sources) as DraftDataset["sources"];
  if (slices.periods) draft.periods = read(slices.periods) as NonNullable<DraftDataset["periods"]>;
  return draft;
}

/** The draft `writeDraftSlices` wrote, read a slice a task (a 20 MB draft read at once holds the
 * page a fifth of a second). */
export async function readDraftSlicesInTasks(slices: DraftSlices, pause: () => Promise<void> = aTask): Promise<DraftDataset> {
  const read = async (parts: readonly string[]) => {
    const items: unknown[] = [];
    for (const part of parts) {
      for (const item of JSON.parse(part) as unknown[]) items.push(item);
      await pause();
    }
    return items;
  };
  const draft = JSON.parse(slices.head) as DraftDataset;
  draft.events = (await read(slices.events)) as DraftDataset["events"];
  draft.sources = (await read(slices.sources)) as DraftDataset["sources"];
  if (slices.periods) draft.periods = (await read(slices.periods)) as NonNullable<DraftDataset["periods"]>;
  return draft;
}

/** A draft as the studio last wrote it in slices (for the draft of `key`). */
export interface WrittenDraft {
  key: string;
  dataset: DraftDataset;
  slices: DraftSlices;
}

/** Whether `value` is what `writeDraftSlices` writes (as it arrives in a message). */
export function isDraftSlices(value: unknown): value is DraftSlices {
  const strings = (parts: unknown) => Array.isArray(parts) && parts.every((part) => typeof part === "string");
  if (typeof value !== "object" || value === null) return false;
  const { head, events, sources, periods } = value as Partial<DraftSlices>;
  return typeof head === "string" && strings(events) && strings(sources) && (periods === null || strings(periods));
}
