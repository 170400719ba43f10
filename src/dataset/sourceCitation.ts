import { formatDateText } from "../lib/dates";
import type { Language, Translate } from "../lib/i18n/i18n";
import type { Source } from "./schema";

/** One line naming a source by what it states: its outlet, whom it cites, its title and date.
 * Most of our articles name no outlet, so "citing" is often all that tells them apart; nothing
 * the article does not state is listed as "not stated", except an outlet when nothing else is. */
export function sourceCitation(source: Pick<Source, "outlet" | "citing" | "title" | "published">, t: Translate, lang: Language): string {
  const { title, published } = source;
  const who = sourceName(source, t);
  const what = title ? `“${title}”` : null;
  const named = [who ?? (what ? null : t("outletNotStated")), what].filter(Boolean).join(": ");
  return published ? `${named} (${formatDateText(published.text, lang)})` : named;
}

/** Who a source is, as far as it says: its outlet, whom it cites, both, or null. */
export function sourceName({ outlet, citing }: Pick<Source, "outlet" | "citing">, t: Translate): string | null {
  return outlet && citing ? t("outletCiting", { outlet, citing }) : outlet ? outlet : citing ? t("citingOnly", { citing }) : null;
}
