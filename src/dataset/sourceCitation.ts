import { formatDateText } from "../lib/dates";
import type { Language, Translate } from "../lib/i18n/i18n";
import { aroundValue } from "../lib/i18n/messageParts";
import type { Source } from "./schema";

/** A piece of a citation line: the interface's words (no `field`), or a source's own text (`field`),
 * to be drawn in that text's language. */
export interface CitationPart {
  text: string;
  field?: "outlet" | "citing" | "title";
}

/** One line naming a source by what it states: its outlet, whom it cites, its title and date.
 * Most of our articles name no outlet, so "citing" is often all that tells them apart; nothing
 * the article does not state is listed as "not stated", except an outlet when nothing else is. */
export function sourceCitation(source: Pick<Source, "outlet" | "citing" | "title" | "published">, t: Translate, lang: Language): string {
  return sourceCitationParts(source, t, lang)
    .map((part) => part.text)
    .join("");
}

/** The same line in parts, each of the source's texts apart from the interface's words around it. */
export function sourceCitationParts(
  source: Pick<Source, "outlet" | "citing" | "title" | "published">,
  t: Translate,
  lang: Language,
): CitationPart[] {
  const { title, published } = source;
  const who = sourceNameParts(source, t);
  const what: CitationPart[] = title ? [{ text: "“" }, { text: title, field: "title" }, { text: "”" }] : [];
  const named = who.length
    ? what.length
      ? [...who, { text: ": " }, ...what]
      : who
    : what.length
      ? what
      : [{ text: t("outletNotStated") }];
  return published ? [...named, { text: ` (${formatDateText(published.text, lang)})` }] : named;
}

/** Who a source is, as far as it says: its outlet, whom it cites, both, or null. */
export function sourceName({ outlet, citing }: Pick<Source, "outlet" | "citing">, t: Translate): string | null {
  return outlet && citing ? t("outletCiting", { outlet, citing }) : outlet ? outlet : citing ? t("citingOnly", { citing }) : null;
}

function sourceNameParts({ outlet, citing }: Pick<Source, "outlet" | "citing">, t: Translate): CitationPart[] {
  if (outlet && citing) {
    const holes: Record<string, CitationPart> = {
      "\uE000": { text: outlet, field: "outlet" },
      "\uE001": { text: citing, field: "citing" },
    };
    return t("outletCiting", { outlet: "\uE000", citing: "\uE001" })
      .split(/([\uE000\uE001])/)
      .filter(Boolean)
      .map((piece) => holes[piece] ?? { text: piece });
  }
  if (outlet) return [{ text: outlet, field: "outlet" }];
  if (!citing) return [];
  const [before, after] = aroundValue((hole) => t("citingOnly", { citing: hole }));
  return [{ text: before }, { text: citing, field: "citing" }, { text: after }];
}
