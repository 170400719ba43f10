import { memo } from "react";
import { removeItem } from "../draftEdits";
import type { DraftDataset } from "../draftStore";
import { Field, fieldId } from "../Field";
import { useStudioI18n } from "../studioI18n";
import { CitationPicker } from "./CitationPicker";
import { itemFields, type Edit } from "./editTypes";
import { TranslationFields } from "./TranslationFields";

type DraftPeriod = NonNullable<DraftDataset["periods"]>[number];

/** One period: a label, when it began and ended, and what it cites. */
export const PeriodEditor = memo(function PeriodEditor({
  sources,
  period,
  index,
  edit,
}: {
  sources: DraftDataset["sources"];
  period: DraftPeriod;
  index: number;
  edit: Edit;
}) {
  const { t } = useStudioI18n();
  const { at, text } = itemFields(edit, "periods", index, period);
  return (
    <fieldset className="item" id={fieldId(at)}>
      <legend dir="auto">{period.label || period.id}</legend>
      <Field label={t("periodLabel")} {...text("label", false)} />
      <div className="field-row">
        <Field label={t("start")} help={t("dateHelp")} {...text("start", false)} />
        <Field label={t("end")} {...text("end")} />
      </div>
      <Field label={t("summary")} multiline {...text("summary")} />
      <Field label={t("id")} {...text("id", false)} />
      <TranslationFields kind="period" path={["periods", index]} item={period} edit={edit} />
      <CitationPicker sources={sources} kind="periods" index={index} citations={period.sources} edit={edit} />
      <button type="button" className="remove" onClick={() => edit((d) => removeItem(d, "periods", index))}>
        {t("remove")}
      </button>
    </fieldset>
  );
});
