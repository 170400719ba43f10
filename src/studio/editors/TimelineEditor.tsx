import { addCategory, AUTO_ID, DEFAULT_CATEGORY_LABEL, editField, removeItem } from "../draftEdits";
import type { DraftDataset } from "../draftStore";
import { Field, fieldId, GroupProblems } from "../Field";
import { useStableKeys } from "../stableKeys";
import { useStudioI18n } from "../studioI18n";
import type { Edit } from "./editTypes";
import { TranslationFields } from "./TranslationFields";

/** The timeline as a whole: its title, description and categories. */
export function TimelineEditor({ dataset, edit }: { dataset: DraftDataset; edit: Edit }) {
  const { t } = useStudioI18n();
  // Each row follows its category when one above it is removed (its id may be mid-typing).
  const categoryKeys = useStableKeys(dataset.categories);
  return (
    <section className="studio-section" aria-labelledby="timeline-section">
      <h2 id="timeline-section">{t("timelineSection")}</h2>
      <Field
        label={t("timelineTitle")}
        path="title"
        value={dataset.title}
        onChange={(value) => edit((d) => ({ ...d, title: value }), "title")}
      />
      <Field
        label={t("description")}
        path="description"
        multiline
        value={dataset.description ?? ""}
        onChange={(value) => edit((d) => ({ ...d, description: value || null }), "description")}
      />
      <TranslationFields kind="timeline" path={[]} item={dataset} edit={edit} />
      <fieldset className="categories" id={fieldId("categories")}>
        <legend>{t("categoriesSection")}</legend>
        <GroupProblems path="categories" />
        {dataset.categories.map((category, i) => (
          <div key={categoryKeys[i]} className="category-row">
            <Field
              label={t("categoryLabel")}
              path={`categories[${i}].label`}
              value={category.label}
              // A new draft's "General" is a default, not text: the first key replaces it.
              selectOnFocus={(category as { [AUTO_ID]?: boolean })[AUTO_ID] === true && category.label === DEFAULT_CATEGORY_LABEL}
              onChange={(value) => edit((d) => editField(d, ["categories", i, "label"], value), `categories[${i}].label`)}
            />
            <Field
              label={t("id")}
              path={`categories[${i}].id`}
              value={category.id}
              onChange={(value) => edit((d) => editField(d, ["categories", i, "id"], value), `categories[${i}].id`)}
            />
            <button type="button" className="remove" onClick={() => edit((d) => removeItem(d, "categories", i))}>
              {t("remove")}
            </button>
            <TranslationFields kind="category" path={["categories", i]} item={category} edit={edit} />
          </div>
        ))}
        <button type="button" onClick={() => edit(addCategory)}>
          {t("addCategory")}
        </button>
      </fieldset>
    </section>
  );
}
