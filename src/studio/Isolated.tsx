import { Fragment, type ReactNode } from "react";
import type { StudioMessageKey } from "./i18n/messages.en";
import type { StudioTranslate } from "./studioI18n";

/** Stands for a value in a message while it is translated: no message holds it. */
const MARK = "\u0000";

/** A message with each text put into it (a title, a file's name, a speaker) isolated in its own
 * direction (`<bdi>`): an English id or file name in an Arabic sentence keeps its order
 * ("2020-01-03-soleimani-killed", not "soleimani-killed-03-01-2020"). The words read are the
 * same as `t`'s. A file's name or other code is given `dir="ltr"`: it reads left to right whatever
 * script it starts with ("the-7th-century.json-القرن-السابع" was "القرن-السابع-the-7th-century.json"). */
export function Isolated({
  t,
  k,
  values,
  dir,
}: {
  t: StudioTranslate;
  k: StudioMessageKey;
  values: Record<string, string | number>;
  dir?: "ltr";
}) {
  const texts: string[] = [];
  const marked = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (typeof value !== "string") return [name, value];
      texts.push(value);
      return [name, `${MARK}${texts.length - 1}${MARK}`];
    }),
  );
  const parts = t(k, marked).split(MARK);
  // Split on the marks: every odd part is a value's index.
  const nodes: ReactNode[] = parts.map((part, i) =>
    i % 2 === 1 ? (
      <bdi key={i} dir={dir}>
        {texts[Number(part)]}
      </bdi>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
  return <>{nodes}</>;
}
