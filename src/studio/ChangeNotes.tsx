import type { ChangedEvent, ChangeKind, ChangeNote } from "./changeRecord";
import { Isolated } from "./Isolated";
import type { StudioMessageKey } from "./i18n/messages.en";
import { useStudioI18n } from "./studioI18n";

const KINDS: ChangeKind[] = ["update", "correction", "clarification"];
const KIND_KEYS = { update: "noteKindUpdate", correction: "noteKindCorrection", clarification: "noteKindClarification" } as const;

interface Props {
  changed: readonly ChangedEvent[];
  notes: Readonly<Record<string, ChangeNote>>;
  onNote: (id: string, note: ChangeNote) => void;
  /** Export, with the notes written (none is required). */
  onContinue: () => void;
  /** Back to the draft, nothing exported. */
  onCancel: () => void;
}

/** Asked at export, for a draft of the published timeline: the events whose date or text changed,
 * each with a note for readers (an update, a correction, a clarification) that may be left empty. */
export function ChangeNotes({ changed, notes, onNote, onContinue, onCancel }: Props) {
  const { t, lang } = useStudioI18n();
  // What changed of an event, in words: "date and text changed, people or other spellings changed".
  const what = (event: ChangedEvent) => {
    const words: StudioMessageKey | null =
      event.date && event.text ? "changedBoth" : event.date ? "changedDate" : event.text ? "changedText" : null;
    const keys: StudioMessageKey[] = [...(words ? [words] : []), ...(event.people ? (["changedPeople"] as const) : [])];
    return new Intl.ListFormat(lang, { type: "conjunction" }).format(keys.map((key) => t(key)));
  };
  return (
    <section className="change-notes" aria-labelledby="change-notes-heading" data-testid="change-notes">
      <h2 id="change-notes-heading">{t("changedHeading", { count: changed.length })}</h2>
      <p>{t("changedHint")}</p>
      <ol>
        {changed.map((event) => {
          const note = notes[event.id] ?? { kind: event.date ? "correction" : "update", note: "" };
          return (
            <li key={event.id} data-event-id={event.id}>
              <p dir="auto">
                <strong>{event.title || event.id}</strong> ({what(event)})
              </p>
              <label>
                {t("noteKind")}{" "}
                <select value={note.kind} onChange={(e) => onNote(event.id, { ...note, kind: e.target.value as ChangeKind })}>
                  {KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(KIND_KEYS[kind])}
                    </option>
                  ))}
                </select>
              </label>
              <label className="change-note-text">
                <Isolated t={t} k="noteText" values={{ title: event.title || event.id }} />
                <textarea dir="auto" rows={2} value={note.note} onChange={(e) => onNote(event.id, { ...note, note: e.target.value })} />
              </label>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={onContinue}>
        {t("exportWithNotes")}
      </button>
      <button type="button" onClick={onCancel}>
        {t("cancel")}
      </button>
    </section>
  );
}
