import { useState } from "react";
import { Field } from "../Field";
import { listText, readList, textHoldsList, typedSeparator } from "../listText";
import type { ListSeparator } from "../../lib/listSeparator";
import { useTranslating } from "../translating";

/** A list (people, other spellings) edited as text: what is typed stays as typed while the field
 * has it, and the draft holds the list that text reads as, so the preview follows each key. Once
 * left, the list is shown joined with the separator the reporter typed ("," or "،"), else with
 * its language's (a translation's, or the draft's original). */
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
  const { original } = useTranslating();
  const [typed, setTyped] = useState<string | null>(null);
  const [separator, setSeparator] = useState<ListSeparator | null>(null);
  // An undo or another change to the list wins over the text typed before it.
  const shown = typed !== null && textHoldsList(typed, values) ? typed : listText(values, lang ?? original, separator);
  return (
    <Field
      label={label}
      path={path}
      value={shown}
      help={help}
      lang={lang}
      onChange={(text) => {
        setTyped(text);
        setSeparator(typedSeparator(text) ?? separator);
        onChange(readList(text));
      }}
      onBlur={() => setTyped(null)}
    />
  );
}
