import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { datasetQueryKey } from "../../dataset/datasetQuery";
import { checkForNewVersion } from "../../dataset/datasetRefresh";
import { checksOnReturn, diffDatasets, isUnchanged, nextCheckIn, type DatasetDiff } from "../../dataset/datasetVersion";

/** A newer version of the dataset, held until the reader asks for it. */
export interface PendingVersion {
  index: DatasetIndex;
  diff: DatasetDiff;
}

/** Checks the shown dataset's file for a newer version every `refresh` seconds while the page is
 * visible, and on its coming back into view (datasetVersion.ts's policy); holds a changed one for the
 * reader, and shows it (`accept`) only when asked: what they are reading never moves by itself. */
export function useDatasetRefresh(url: string, label: string, shown: DatasetIndex) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PendingVersion | null>(null);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  const { refresh } = shown.dataset;

  useEffect(() => {
    if (refresh <= 0) return;
    const stop = new AbortController();
    let lastCheck = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let checking = false;
    const visible = () => document.visibilityState === "visible";
    const schedule = () => {
      clearTimeout(timer);
      const wait = nextCheckIn({ refresh, visible: visible(), lastCheck, now: Date.now() });
      if (wait !== null) timer = setTimeout(() => void check(), wait);
    };
    const check = async () => {
      if (checking) return;
      checking = true;
      clearTimeout(timer);
      const result = await checkForNewVersion(url, label, shownRef.current, stop.signal);
      checking = false;
      if (stop.signal.aborted) return;
      lastCheck = Date.now();
      if (result.changed) {
        // Compared in the dataset worker where one read both (a large file), else here.
        const diff = result.diff ?? diffDatasets(shownRef.current.dataset, result.index.dataset);
        setPending(isUnchanged(diff) ? null : { index: result.index, diff });
      }
      schedule();
    };
    const onVisibility = () => {
      if (visible() && checksOnReturn({ refresh, lastCheck, now: Date.now() })) void check();
      else schedule();
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule();
    return () => {
      stop.abort();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [url, label, refresh]);

  const accept = useCallback(() => {
    if (!pending) return;
    queryClient.setQueryData(datasetQueryKey(url), pending.index);
    setPending(null);
  }, [pending, queryClient, url]);

  return { pending, accept };
}
