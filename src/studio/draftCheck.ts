import { checkDataset, type DatasetProblem } from "../dataset/parse";
import { withBlankSummariesNull } from "./draftEdits";
import type { DraftDataset } from "./draftStore";
import { misquotes, type Misquote } from "./quoteChecks";

/** What the studio tells a reporter of a draft: its problems by path, and its cited misquotes. */
export interface DraftCheck {
  problems: DatasetProblem[];
  misquotes: Misquote[];
}

/** The whole draft checked: by the schema, and each cited quote against its pasted article. */
export const checkDraft = (draft: DraftDataset): DraftCheck => ({
  problems: checkDataset(withBlankSummariesNull(draft)).problems,
  misquotes: misquotes(draft),
});
