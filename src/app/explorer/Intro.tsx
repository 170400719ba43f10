import type { DatasetIndex } from "../../dataset/datasetIndex";
import { useSelectionLink } from "../../url/useUrlState";
import { useI18n } from "../../lib/i18n/I18nContext";
import { toReact } from "../../lib/markupReact";
import { introMarkup } from "./explorerMarkup";

/** What the detail panel shows before anything is selected (explorerMarkup.ts describes it). */
export function Intro({ index }: { index: DatasetIndex }) {
  return toReact(introMarkup(index, useI18n(), useSelectionLink()));
}
