import { addUpdate, editField, removeUpdate } from "../draftEdits";
import type { DraftDataset } from "../draftStore";
import { Field, fieldId, GroupProblems } from "../Field";
import type { StudioMessageKey } from "../i18n/messages.en";
import { useStableKeys } from "../stableKeys";
import { useStudioI18n } from "../studioI18n";
import type { Edit } from "./editTypes";

type Update = NonNullable<DraftDataset["events"][number]["updates"]>[number];

const NO_UPDATES: readonly Update[] = [];
const KINDS: Readonly<Record<Update["kind"], StudioMessageKey>> = {
  update: "noteKindUpdate",
  correction: "noteKindCorrection",
  clarification: "noteKindClarification",
};

/** Today, as the format writes a day: where the reporter is, not in UTC. */
const today = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;

/** An event's notes for readers (updates, corrections, clarifications), oldest first: each its day,
 * kind and note, added, edited and removed here as every other field (Export adds one too, for a
 * change made since the published version). Their translations are in the event's translation. */
export function UpdatesEditor({ updates = NO_UPDATES, index, edit }: { updates?: readonly Update[]; index: number; edit: Edit }) {
  const { t } = useStudioI18n();
  const at = `events[${index}].updates`;
  // Each note's fields follow it when one above it is removed.
  const keys = useStableKeys(updates);
  const set = (j: number, field: keyof Update) => (value: string) =>
    edit((d) => editField(d, ["events", index, "updates", j, field], value), `${at}[${j}].${field}`);
  return (
    <fieldset className="updates" id={fieldId(at)}>
      <legend>{t("updatesHeading")}</legend>
      <GroupProblems path={at} />
      {updates.map((update, j) => {
        const path = `${at}[${j}]`;
        return (
          <div key={keys[j]} className="update" data-update={j}>
            <div className="field-row">
              <Field
                label={t("updateDate")}
                help={t("updateDateHelp")}
                path={`${path}.date`}
                value={update.date}
                onChange={set(j, "date")}
              />
              <div className="field">
                <label htmlFor={fieldId(`${path}.kind`)}>{t("updateKind")}</label>
                <select id={fieldId(`${path}.kind`)} value={update.kind} onChange={(e) => set(j, "kind")(e.target.value)}>
                  {/* A kind the format does not know, from a file: shown until another is chosen. */}
                  {!(update.kind in KINDS) && <option value={update.kind}>{update.kind}</option>}
                  {Object.entries(KINDS).map(([kind, key]) => (
                    <option key={kind} value={kind}>
                      {t(key)}
                    </option>
                  ))}
                </select>
                <GroupProblems path={`${path}.kind`} />
              </div>
            </div>
            <Field
              label={t("updateNote")}
              path={`${path}.note`}
              multiline={2}
              value={update.note}
              onChange={set(j, "note")}
              quietUntilLeft
            />
            <button type="button" className="remove" onClick={() => edit((d) => removeUpdate(d, index, j))}>
              {t("removeUpdate", { n: j + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => edit((d) => addUpdate(d, index, today()))}>
        {t("addUpdate")}
      </button>
    </fieldset>
  );
}
