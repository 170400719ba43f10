import type { DraftDataset } from "../draftStore";

/** A change to the draft (pure), and the field it changed (typing in one field is one undo step). */
export type Edit = (change: (dataset: DraftDataset) => DraftDataset, field?: string | null) => void;
