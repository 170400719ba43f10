// A prerendered page older than the dataset it loads (a page kept in a cache, a dataset replaced
// without a rebuild): the page was drawn from another version, so the app cannot take it over with
// this one without changing what the reader sees unasked. The page says so, as an open page does of
// a new version, and stays as it was drawn (its links still work) until the reader asks for the new one.
import type { Dataset } from "../dataset/schema";
import { DIGEST_META } from "../dataset/datasetDigest";
import { latestUpdate } from "../dataset/eventUpdates";
import { h, toDom } from "../lib/markup";
import type { I18n } from "../lib/i18n/i18n";

/** The version a prerendered page was drawn from: the digest of its file, which the build wrote into
 * the page's head, and the timeline's `updated` it shows under its title. */
export interface DrawnVersion {
  updated: string | null;
  digest: string | null;
}

/** The version the page in `root` was drawn from, as it says. */
export const drawnVersion = (root: HTMLElement): DrawnVersion => ({
  updated: root.querySelector("[data-testid=timeline-updated] time")?.getAttribute("datetime") ?? null,
  digest: root.ownerDocument.querySelector(`meta[name="${DIGEST_META}"]`)?.getAttribute("content") ?? null,
});

const timeOf = (date: string) => Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);

/** Whether the loaded file is another version than the one the page was drawn from, and how many of
 * its events were updated since that one; null where it is the same. Told by the files' digests
 * where both are known (the same bytes, the same version, whatever `updated` says or lacks), else by
 * `updated`. The count is of updates dated after the drawn `updated`, none where it had none. */
export function changedSinceDrawn(
  drawn: DrawnVersion,
  loaded: { dataset: Pick<Dataset, "updated" | "events">; digest?: string | null },
): { updated: number } | null {
  const { dataset } = loaded;
  const same = drawn.digest && loaded.digest ? drawn.digest === loaded.digest : (dataset.updated ?? null) === drawn.updated;
  if (same) return null;
  if (drawn.updated === null) return { updated: 0 };
  const since = timeOf(drawn.updated);
  const updated = dataset.events.filter((event) => {
    const update = latestUpdate(event);
    return update !== undefined && timeOf(update.date) > since;
  }).length;
  return { updated };
}

/** The notice, above the page as drawn, with the button that shows the new version (`onShow`). */
export function showNewerVersion(root: HTMLElement, changed: { updated: number }, { t }: I18n, onShow: () => void): void {
  const changes = changed.updated > 0 ? t("refreshUpdated", { count: changed.updated }) : t("refreshDetails");
  const notice = toDom(
    h("div", { class: "notice refresh-notice", role: "status", "data-testid": "refresh-notice" }, [
      h("p", {}, [t("refreshNotice", { changes })]),
      h("button", { type: "button" }, [t("refreshShow")]),
    ]),
  ) as HTMLElement;
  notice.querySelector("button")!.addEventListener("click", onShow, { once: true });
  const header = root.querySelector(".app-header");
  if (header) header.after(notice);
  else root.prepend(notice);
}
