import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { startCheckWorker, type CheckAnswer, type CheckRequest } from "./checkProtocol";
import { checkDraft, type DraftCheck } from "./draftCheck";
import { postable, writeDraftSlices, type WrittenDraft } from "./draftSlices";
import type { DraftDataset } from "./draftStore";
import { LatestOnly } from "./latestOnly";

export interface Checked extends DraftCheck {
  /** The draft these problems are of (their paths name its items). */
  dataset: DraftDataset;
  /** No check of this draft has come back yet: its problems are not known, not none. */
  checking: boolean;
}

type Asked = { key: string; dataset: DraftDataset };

/** A draft already written in slices: a file as the worker that opened it wrote it. */
export type KnownSlices = Pick<WrittenDraft, "dataset" | "slices">;

/** A long draft written in slices (draftSlices.ts), a slice a task, for the check worker and the
 * preview, unless `known` holds it so already (a file just opened, written by the worker that read
 * it: not written again on the page); a write overtaken by a newer draft stops. Null for a short draft. */
export function useWrittenDraft(dataset: DraftDataset, key: string, long: boolean, known: KnownSlices | null = null): WrittenDraft | null {
  const [written, setWritten] = useState<WrittenDraft | null>(null);
  const isKnown = long && known?.dataset === dataset;
  if (isKnown && written?.dataset !== dataset) setWritten({ key, dataset, slices: known.slices });
  useEffect(() => {
    if (!long || isKnown) return;
    let overtaken = false;
    const pause = () =>
      new Promise<void>((resolve, reject) => setTimeout(() => (overtaken ? reject(new Error("overtaken")) : resolve()), 0));
    writeDraftSlices(dataset, pause).then(
      (slices) => setWritten({ key, dataset, slices }),
      () => {},
    );
    return () => {
      overtaken = true;
    };
  }, [long, dataset, key, isKnown]);
  return long ? written : null;
}

/** The draft's problems and misquotes: a short draft's checked on the page a moment behind the
 * typing (a deferred render); a long one's in the check worker (a whole check takes up to a
 * second there), the latest written draft only, while the page goes on answering keys. */
export function useDraftCheck(dataset: DraftDataset, key: string, long: boolean, written: WrittenDraft | null): Checked {
  const deferred = useDeferredValue(dataset);
  const here = useMemo(() => (long ? null : checkDraft(deferred)), [long, deferred]);
  const [answer, setAnswer] = useState<(DraftCheck & Asked) | null>(null);
  const queue = useRef<{ worker: Worker; latest: LatestOnly<CheckRequest, CheckAnswer, Asked> } | null>(null);

  useEffect(() => {
    if (!written) return;
    if (!queue.current) {
      const worker = startCheckWorker();
      const latest = new LatestOnly<CheckRequest, CheckAnswer, Asked>(worker, (data, asked) => {
        if (data.type === "checked") setAnswer({ ...asked, problems: data.problems, misquotes: data.misquotes });
      });
      queue.current = { worker, latest };
    }
    // Asked once copied, unless a newer draft was written meanwhile.
    let newest = true;
    void postable(written.slices).then(({ slices, transfer }) => {
      if (newest) queue.current?.latest.ask({ type: "check", draft: slices }, { key: written.key, dataset: written.dataset }, transfer);
    });
    return () => void (newest = false);
  }, [written]);
  useEffect(
    () => () => {
      queue.current?.worker.terminate();
      queue.current = null;
    },
    [],
  );

  if (here) return { ...here, dataset: deferred, checking: false };
  // Until this draft's first check is back, an earlier one of the same draft stands (a moment
  // behind); another draft's never does.
  if (answer?.key === key) return { problems: answer.problems, misquotes: answer.misquotes, dataset: answer.dataset, checking: false };
  return { problems: [], misquotes: [], dataset, checking: true };
}
