import { useState } from "react";
import { Field } from "../Field";
import { listText, readList, textHoldsList } from "../listText";

/** A list (people, other spellings) edited as text: what is typed stays as typed while the field
 * has it, and the draft holds the list that text reads as, so the preview follows each key. */
export function ListField({
  label,
  path,
  values,
  onChange,
  help,
  lang,
}: {
  label: string;
  path: string;
  help?: string;
  lang?: string;
  values: readonly string[] | undefined;
  onChange: (values: string[]) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  // An undo or another change to the list wins over the text typed before it.
  const shown = typed !== null && textHoldsList(typed, values) ? typed : listText(values);
  return (
    <Field
      label={label}
      path={path}
      value={shown}
      help={help}
      lang={lang}
      onChange={(text) => {
        setTyped(text);
        onChange(readList(text));
      }}
      onBlur={() => setTyped(null)}
    />
  );
}
