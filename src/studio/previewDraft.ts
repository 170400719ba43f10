import { checkDataset, type DatasetProblem } from "../dataset/parse";
import type { Dataset } from "../dataset/schema";
import { withBlankSummariesNull } from "./draftEdits";

/** An item the preview left out, and why. */
export interface LeftOut {
  /** Where it is in the draft (`events[3]`): its field in the form. */
  path: string;
  kind: "events" | "periods" | "sources" | "categories";
  /** Its title, label or outlet as typed (empty where none is typed yet). */
  name: string;
  problems: DatasetProblem[];
}

export interface PreviewPlan {
  /** What the explorer can draw (null: nothing yet). */
  dataset: Dataset | null;
  leftOut: LeftOut[];
}

type Kind = LeftOut["kind"];
const KINDS: readonly Kind[] = ["events", "periods", "sources", "categories"];
type Item = Record<string, unknown>;
type Draft = Record<string, unknown> & Partial<Record<Kind, Item[]>>;

/** Removing an item can break others (an event citing a removed source): a few rounds settle it. */
const ROUNDS = 6;

/** The part of a draft the explorer can draw from the first minute: every item with a problem left
 * out (with what else breaks for its want), and a title stood in for one not typed yet. */
export function previewDraft(draft: unknown, untitled: string): PreviewPlan {
  if (typeof draft !== "object" || draft === null || Array.isArray(draft)) return { dataset: null, leftOut: [] };
  let current = withoutBlankNotes(withBlankSummariesNull(draft as Draft));
  if (typeof current.title !== "string" || current.title.trim() === "") current = { ...current, title: untitled };
  // Each kept item's index in the draft, as the form numbers it.
  const origin = Object.fromEntries(KINDS.map((kind) => [kind, (current[kind] ?? []).map((_, i) => i)])) as Record<Kind, number[]>;
  const leftOut: LeftOut[] = [];
  // Sources left out in a round: an item citing one is told so, not that no such source exists.
  const sourcesLeftOut = new Set<string>();
  for (let round = 0; round < ROUNDS; round++) {
    const checked = checkDataset(current);
    if (checked.dataset) return { dataset: checked.dataset, leftOut };
    const faults = new Map<string, DatasetProblem[]>();
    for (const problem of checked.problems) {
      const item = /^(events|periods|sources|categories)\[(\d+)\]/.exec(problem.path);
      if (!item) return { dataset: null, leftOut };
      faults.set(item[0], [...(faults.get(item[0]) ?? []), problem]);
    }
    const next: Draft = { ...current };
    for (const kind of KINDS) {
      const items = current[kind] ?? [];
      const kept = items.flatMap((item, i) => {
        const problems = faults.get(`${kind}[${i}]`);
        if (!problems) return [{ item, at: origin[kind][i]! }];
        const at = `${kind}[${origin[kind][i]}]`;
        const reindex = (path: string) => path.replace(`${kind}[${i}]`, at);
        if (kind === "sources" && typeof item.id === "string") sourcesLeftOut.add(item.id);
        const told = problems.map((p) => ({ path: reindex(p.path), message: leftOutSource(p.message, sourcesLeftOut) }));
        leftOut.push({ path: at, kind, name: nameOf(item), problems: told });
        return [];
      });
      if (current[kind]) next[kind] = kept.map(({ item }) => item);
      origin[kind] = kept.map(({ at }) => at);
    }
    current = next;
  }
  return { dataset: null, leftOut };
}

/** A note for readers not typed yet is left out, not its event: the event stays in the preview
 * while its note is written. */
function withoutBlankNotes(draft: Draft): Draft {
  const events = draft.events;
  const blank = (update: unknown) => {
    const note = (update as { note?: unknown } | null)?.note;
    return typeof note === "string" && note.trim() === "";
  };
  const hasBlank = (event: Item) => Array.isArray(event?.updates) && event.updates.some(blank);
  if (!Array.isArray(events) || !events.some(hasBlank)) return draft;
  return {
    ...draft,
    events: events.map((event) => (hasBlank(event) ? { ...event, updates: (event.updates as unknown[]).filter((u) => !blank(u)) } : event)),
  };
}

/** "no source has the id "x"", where x was left out of the preview: said as such. */
function leftOutSource(message: string, sourcesLeftOut: ReadonlySet<string>): string {
  const id = /^no source has the id "(.*)"$/.exec(message)?.[1];
  return id !== undefined && sourcesLeftOut.has(id) ? `cites a source left out of the preview ("${id}")` : message;
}

function nameOf(item: Item): string {
  for (const field of ["title", "label", "outlet", "id"]) {
    const value = item?.[field];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return "";
}
