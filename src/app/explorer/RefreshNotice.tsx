import { useRef } from "react";
import { describeDiff } from "../../dataset/datasetVersion";
import { useI18n } from "../../lib/i18n/I18nContext";
import type { PendingVersion } from "./useDatasetRefresh";

interface Props {
  pending: PendingVersion | null;
  onAccept: () => void;
}

/** "This timeline has changed: 2 events updated, 1 new." with the button that shows the new version,
 * as the explorer's other notices are: there while there is news. */
export function RefreshNotice({ pending, onAccept }: Props) {
  const { t } = useI18n();
  const region = useRef<HTMLDivElement>(null);
  return (
    pending && (
      <div role="status" className="notice refresh-notice" data-testid="refresh-notice" ref={region}>
        <p>{t("refreshNotice", { changes: describeDiff(pending.diff, t) })}</p>
        <button
          type="button"
          onClick={() => {
            const hadFocus = region.current?.contains(document.activeElement) ?? false;
            onAccept();
            // The button goes with the notice: the reader's focus goes on to what they were reading.
            if (hadFocus) document.getElementById("event-panel")?.focus();
          }}
        >
          {t("refreshShow")}
        </button>
      </div>
    )
  );
}
