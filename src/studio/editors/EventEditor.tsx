import { memo } from "react";
import { removeItem } from "../draftEdits";
import type { DraftDataset } from "../draftStore";
import { Field, fieldId, GroupProblems } from "../Field";
import { useStudioI18n } from "../studioI18n";
import { CitationPicker } from "./CitationPicker";
import { itemFields, type Edit } from "./editTypes";
import { ListField } from "./ListField";
import { MediaEditor } from "./MediaEditor";
import { TranslationFields } from "./TranslationFields";
import { UpdatesEditor } from "./UpdatesEditor";
import { fromLinkMarkup, toLinkMarkup } from "../linkMarkup";

type DraftEvent = DraftDataset["events"][number];

/** One event: its date (and end), title, summary, category, place, people, media, notes for readers,
 * and what it cites. */
export const EventEditor = memo(function EventEditor({
  categories,
  sources,
  event,
  index,
  edit,
  onEditing,
}: {
  categories: DraftDataset["categories"];
  sources: DraftDataset["sources"];
  event: DraftEvent;
  index: number;
  edit: Edit;
  onEditing: (id: string) => void;
}) {
  const { t } = useStudioI18n();
  const { at, set, setIn, text } = itemFields(edit, "events", index, event);
  return (
    <fieldset className="item" id={fieldId(at)} onFocus={() => onEditing(event.id)}>
      <legend dir="auto">{event.title || event.id}</legend>
      <div className="field-row">
        <Field label={t("date")} help={t("dateHelp")} {...text("date", false)} />
        <Field label={t("endDate")} {...text("end")} />
      </div>
      <Field label={t("title")} {...text("title", false)} />
      <Field
        label={t("summary")}
        help={t("linkHelp")}
        path={`${at}.summary`}
        multiline
        value={toLinkMarkup(event.summary)}
        onChange={(value) => set("summary", value === "" ? null : fromLinkMarkup(value))}
      />
      <div className="field">
        <label htmlFor={fieldId(`${at}.category`)}>{t("category")}</label>
        <select id={fieldId(`${at}.category`)} value={event.category} onChange={(e) => set("category", e.target.value)}>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.label || category.id}
            </option>
          ))}
        </select>
        <GroupProblems path={`${at}.category`} />
      </div>
      <Field label={t("place")} {...text("place")} />
      <ListField label={t("actors")} path={`${at}.actors`} values={event.actors} onChange={(values) => set("actors", values)} />
      <ListField label={t("aliases")} path={`${at}.aliases`} values={event.aliases} onChange={(values) => set("aliases", values)} />
      <Field label={t("displayDate")} {...text("displayDate")} />
      <Field label={t("id")} {...text("id", false)} />
      <MediaEditor media={event.media ?? null} at={at} setIn={setIn} />
      <UpdatesEditor updates={event.updates} index={index} edit={edit} />
      <TranslationFields kind="event" path={["events", index]} item={event} edit={edit} />
      <CitationPicker sources={sources} kind="events" index={index} citations={event.sources} edit={edit} />
      <button type="button" className="remove" onClick={() => edit((d) => removeItem(d, "events", index))}>
        {t("remove")}
      </button>
    </fieldset>
  );
});
