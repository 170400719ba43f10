import { useContext, useState, type FocusEvent, type MouseEvent, type ReactNode } from "react";
import { createContext } from "react";
import type { ProblemText } from "./problemWords";

/** Every problem of the draft by its path (`events[2].date`), as the schema names it. */
export const ProblemsContext = createContext<ReadonlyMap<string, ProblemText[]>>(new Map());

/** The element id of the field at a path: the problem list links to it. */
export const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;

interface Props {
  label: string;
  /** The field's path in the dataset, as the schema's messages name it. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean | number;
  help?: string;
  dir?: "auto";
  /** The language of the text typed, where it is not the studio's (a translation). */
  lang?: string;
  children?: ReactNode;
  onFocus?: () => void;
  onBlur?: () => void;
  /** A default the reporter has not touched: the whole text selected on focus (by click, tap or
   * key), so what is typed replaces it instead of joining it. */
  selectOnFocus?: boolean;
  /** A field just added to be filled (a new note for readers): its problems wait, while it is
   * empty, until it has been left once; the problem list and Export still say them. */
  quietUntilLeft?: boolean;
}

/** The field a problem belongs to: the one at its path, or the nearest group above it. */
function targetOf(path: string): HTMLElement | null {
  const parts = path.split(/(?=[.[])/);
  for (let n = parts.length; n > 0; n--) {
    const element = document.getElementById(fieldId(parts.slice(0, n).join("")));
    if (element) return element;
  }
  return null;
}

/** Follows a link to a field (a problem's, a quote's): to its field, focused. */
export function goToField(e: { preventDefault: () => void }, path: string) {
  e.preventDefault();
  const target = targetOf(path);
  const focusable = target?.matches("input, textarea, select") ? target : target?.querySelector<HTMLElement>("input, textarea, select");
  target?.scrollIntoView({ block: "center" });
  focusable?.focus({ preventScroll: true });
}

const NO_PROBLEMS: readonly ProblemText[] = [];

/** A labelled field with its problems beside it: typing is never blocked, a problem only shown. */
export function Field({ label, path, value, onChange, multiline, help, lang, onFocus, onBlur, selectOnFocus, quietUntilLeft }: Props) {
  const [left, setLeft] = useState(false);
  const all = useContext(ProblemsContext).get(path) ?? NO_PROBLEMS;
  const problems = quietUntilLeft && !left && value.trim() === "" ? NO_PROBLEMS : all;
  const id = fieldId(path);
  const described = [help ? `${id}-help` : "", problems.length ? `${id}-problems` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    dir: "auto" as const,
    lang,
    "aria-invalid": problems.length > 0 || undefined,
    "aria-describedby": described,
    onFocus: (e: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (selectOnFocus) e.currentTarget.select();
      onFocus?.();
    },
    // The click that focused the field would put the caret where it landed, undoing the selection.
    onMouseUp: selectOnFocus ? (e: MouseEvent) => e.preventDefault() : undefined,
    onBlur: () => {
      setLeft(true);
      onBlur?.();
    },
  };
  return (
    <div className={problems.length ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={typeof multiline === "number" ? multiline : 3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {help && (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <ProblemItems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** A field's problems in words: the reporter's language, or the schema's English where the studio has none of its own. */
function ProblemItems({ id, problems }: { id: string; problems: readonly ProblemText[] }) {
  if (!problems.length) return null;
  return (
    <ul className="field-problems" id={id}>
      {problems.map(({ text, english }) => (
        <li key={text} lang={english ? "en" : undefined} dir="auto">
          {text}
        </li>
      ))}
    </ul>
  );
}

/** The problems of a group of fields (a list, a set of checkboxes) beside it. */
export function GroupProblems({ path }: { path: string }) {
  return <ProblemItems id={`${fieldId(path)}-problems`} problems={useContext(ProblemsContext).get(path) ?? []} />;
}
