import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { datasetQueryKey } from "../../dataset/datasetQuery";
import { checkForNewVersion } from "../../dataset/datasetRefresh";
import {
  checksOnReturn,
  diffDatasets,
  isUnchanged,
  nextCheckIn,
  releasedBy,
  type DatasetDiff,
  type VersionEvent,
} from "../../dataset/datasetVersion";

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
  const pendingRef = useRef<PendingVersion | null>(null);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  const { refresh } = shown.dataset;

  /** Holds `next` as the waiting version, and ends the workers of the versions `event` lets go. */
  const hold = useCallback((event: VersionEvent<DatasetIndex>, next: PendingVersion | null) => {
    const released = releasedBy(event, { shown: shownRef.current, pending: pendingRef.current?.index ?? null });
    pendingRef.current = next;
    setPending(next);
    for (const version of released) version.dispose?.();
  }, []);

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
      if (stop.signal.aborted) {
        // Found for a page that has stopped checking: no one will show it.
        if (result.changed) result.index.dispose?.();
        return;
      }
      lastCheck = Date.now();
      if (result.changed) {
        // Compared in the dataset worker where one read both (a large file), else here.
        const diff = result.diff ?? diffDatasets(shownRef.current.dataset, result.index.dataset);
        const changed = !isUnchanged(diff);
        hold({ type: "found", version: result.index, changed }, changed ? { index: result.index, diff } : null);
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
      hold({ type: "left" }, null);
    };
  }, [url, label, refresh, hold]);

  const accept = useCallback(() => {
    if (!pending) return;
    queryClient.setQueryData(datasetQueryKey(url), pending.index);
    hold({ type: "accepted" }, null);
    shownRef.current = pending.index;
  }, [pending, queryClient, url, hold]);

  return { pending, accept };
}
