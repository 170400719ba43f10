import type { DraftDataset } from "./draftStore";

/** A long draft as JSON text in slices: what goes to the draft worker. A structured clone of
 * 10,000 events holds the page for a tenth of a second or more; text is written a slice a task, as
 * UTF-8 bytes, and posted by moving its buffers (`buffersOf`): 20 MB of text cloned held the page
 * 80-150 ms a message. */
export interface DraftSlices {
  /** The draft without its lists of items. */
  head: string;
  events: Uint8Array[];
  sources: Uint8Array[];
  periods: Uint8Array[] | null;
}

/** Items a slice: each written in a few milliseconds. */
const SLICE = 500;

const aTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const parse = (part: Uint8Array) => JSON.parse(decoder.decode(part)) as unknown[];

/** `draft` written as slices, one slice a task, so that no task of the page is long. */
export async function writeDraftSlices(draft: DraftDataset, pause: () => Promise<void> = aTask): Promise<DraftSlices> {
  const { events, sources, periods, ...head } = draft;
  const slices = async (items: readonly unknown[]) => {
    const written: Uint8Array[] = [];
    for (let i = 0; i < items.length; i += SLICE) {
      written.push(encoder.encode(JSON.stringify(items.slice(i, i + SLICE))));
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
  const read = (parts: readonly Uint8Array[]) => parts.flatMap(parse);
  const draft = JSON.parse(slices.head) as DraftDataset;
  draft.events = read(slices.events) as DraftDataset["events"];
  draft.sources = read(slices.sources) as DraftDataset["sources"];
  if (slices.periods) draft.periods = read(slices.periods) as NonNullable<DraftDataset["periods"]>;
  return draft;
}

/** The draft `writeDraftSlices` wrote, read a slice a task (a 20 MB draft read at once holds the
 * page a fifth of a second). */
export async function readDraftSlicesInTasks(slices: DraftSlices, pause: () => Promise<void> = aTask): Promise<DraftDataset> {
  const read = async (parts: readonly Uint8Array[]) => {
    const items: unknown[] = [];
    for (const part of parts) {
      for (const item of parse(part)) items.push(item);
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

/** The buffers of `slices`, to move with a message rather than clone (they are empty here after). */
export const buffersOf = (slices: DraftSlices): ArrayBuffer[] =>
  [...slices.events, ...slices.sources, ...(slices.periods ?? [])].map((part) => part.buffer as ArrayBuffer);
