import { useI18n } from "../../lib/i18n/I18nContext";
import { megabytes } from "../../lib/megabytes";
import type { Translate } from "../../lib/i18n/i18n";
import { useSyncExternalStore } from "react";
import { useDatasetLoads } from "../../dataset/datasetQuery";
import type { LoadProgress } from "../../dataset/loadProgress";

/** While a dataset loads: its name, and for a file big enough to take a while, how far it has come. */
export function DatasetLoading({ url, label }: { url: string; label: string }) {
  const { t } = useI18n();
  const loads = useDatasetLoads();
  const progress = useSyncExternalStore(
    loads.subscribe,
    () => loads.progressOf(url),
    () => undefined,
  );
  const step = progress && describe(progress, t);
  return (
    <div className="loading" role="status" data-testid="loading">
      <p>{t("loading", { label })}</p>
      {step && (
        <p>
          <progress max={step.max ?? undefined} value={step.max === null ? undefined : step.value} aria-label={step.text} />{" "}
          <span data-testid="loading-progress">{step.text}</span>
        </p>
      )}
    </div>
  );
}

function describe(progress: LoadProgress, t: Translate): { text: string; value: number; max: number | null } {
  const { phase, bytes, totalBytes, events, totalEvents } = progress;
  if (phase === "checking") return { text: t("loadingChecking"), value: 0, max: null };
  if (phase === "receiving")
    return { text: t("loadingEvents", { read: events, count: totalEvents ?? 0 }), value: events, max: totalEvents };
  return totalBytes
    ? { text: t("loadingBytes", { read: megabytes(bytes), total: megabytes(totalBytes) }), value: bytes, max: totalBytes }
    : { text: t("loadingBytesUnknown", { read: megabytes(bytes) }), value: bytes, max: null };
}
