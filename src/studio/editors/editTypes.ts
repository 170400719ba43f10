import { editField } from "../draftEdits";
import type { DraftDataset } from "../draftStore";

/** A change to the draft (pure), and the field it changed (typing in one field is one undo step). */
export type Edit = (change: (dataset: DraftDataset) => DraftDataset, field?: string | null) => void;

/** The setters for one item's fields (`sources[2].outlet`): `set` a value, or the `value` and
 * `onChange` of a text field, empty text becoming null where the format allows none. */
export function itemFields<T extends object>(edit: Edit, kind: "sources" | "events" | "periods", index: number, item: T) {
  const at = `${kind}[${index}]`;
  /** Sets a field, or a field within one (`["media", "alt"]`): each its own undo step. */
  const setIn = (fields: readonly string[], value: unknown) =>
    edit((d) => editField(d, [kind, index, ...fields], value), `${at}.${fields.join(".")}`);
  const set = (field: string, value: unknown) => setIn([field], value);
  const text = (field: keyof T & string, nullable = true) => ({
    path: `${at}.${field}`,
    value: String(item[field] ?? ""),
    onChange: (value: string) => set(field, nullable && value === "" ? null : value),
  });
  return { at, set, setIn, text };
}
