import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { PreviewSlices } from "./checkProtocol";
import { checkDraft, type DraftCheck } from "./draftCheck";
import { buffersOf, writeDraftSlices, type DraftSlices } from "./draftSlices";
import type { DraftDataset } from "./draftStore";
import { draftWorker } from "./draftWorker";

export interface Checked extends DraftCheck {
  /** The draft these problems are of (their paths name its items). */
  dataset: DraftDataset;
  /** No check of this draft has come back yet: its problems are not known, not none. */
  checking: boolean;
  /** The check itself failed on this draft (the problems part says so, in words). */
  failure?: unknown;
}

/** A short draft checked on the page: a check that throws (a draft of a shape nothing read) is a
 * failure to show, not a blank studio. */
function checkHere(dataset: DraftDataset): DraftCheck & { failure?: unknown } {
  try {
    return checkDraft(dataset);
  } catch (error) {
    return { problems: [], misquotes: [], failure: error };
  }
}

/** A long draft as the draft worker is to read it: written in slices on the page, or (`slices`
 * null) already kept by the worker under `id` (a file it opened, or slices it was sent). */
export interface WrittenDraft {
  key: string;
  dataset: DraftDataset;
  id: number;
  slices: DraftSlices | null;
}

/** A file just opened, kept by the draft worker under `held`. */
export interface HeldDraft {
  dataset: DraftDataset;
  held: number;
}

/** A long draft's preview, as the draft worker found it (its bytes move on to the frame once). */
export interface DraftPreview {
  key: string;
  id: number;
  slices: PreviewSlices;
}

type Asked = { key: string; dataset: DraftDataset; id: number };

/** A long draft written in slices (draftSlices.ts), a slice a task, for the draft worker, unless the
 * worker already keeps it (`known`: a file it just opened, not written again on the page); a write
 * overtaken by a newer draft stops. Null for a short draft. */
export function useWrittenDraft(dataset: DraftDataset, key: string, long: boolean, known: HeldDraft | null = null): WrittenDraft | null {
  const [written, setWritten] = useState<WrittenDraft | null>(null);
  // The worker keeps the opened draft only until it reads another: an undo back to it writes it anew.
  const [spent, setSpent] = useState<HeldDraft | null>(null);
  const isKnown = long && known !== null && known !== spent && known.dataset === dataset;
  if (isKnown && written?.dataset !== dataset) setWritten({ key, dataset, id: known.held, slices: null });
  if (known && known !== spent && written && written.id !== known.held) setSpent(known);
  useEffect(() => {
    if (!long || isKnown) return;
    let overtaken = false;
    const pause = () =>
      new Promise<void>((resolve, reject) => setTimeout(() => (overtaken ? reject(new Error("overtaken")) : resolve()), 0));
    writeDraftSlices(dataset, pause).then(
      (slices) => setWritten({ key, dataset, id: draftWorker.newId(), slices }),
      () => {},
    );
    return () => {
      overtaken = true;
    };
  }, [long, dataset, key, isKnown]);
  return long ? written : null;
}

/** The draft's problems and misquotes, and a long draft's preview: a short draft's checked on the
 * page a moment behind the typing (a deferred render); a long one's in the draft worker (a whole
 * check takes up to a second there), the latest written draft only, while the page goes on
 * answering keys. `again` asks the latest long draft's preview anew (its bytes went to a frame
 * that has since been replaced). */
export function useDraftCheck(
  dataset: DraftDataset,
  key: string,
  long: boolean,
  written: WrittenDraft | null,
  untitled: string,
): Checked & { preview: DraftPreview | null; again: () => void } {
  const deferred = useDeferredValue(dataset);
  const here = useMemo(() => (long ? null : checkHere(deferred)), [long, deferred]);
  const [answer, setAnswer] = useState<(DraftCheck & Asked) | null>(null);
  const [preview, setPreview] = useState<DraftPreview | null>(null);
  const [asks, setAsks] = useState(0);
  // Drafts whose slices went to the worker (moved there): asked again by their id alone.
  const sent = useRef(new WeakSet<WrittenDraft>());

  useEffect(
    () =>
      draftWorker.listen((data, context) => {
        if (data.type !== "checked") return;
        const asked = context as Asked;
        setAnswer({ ...asked, problems: data.problems, misquotes: data.misquotes });
        setPreview({ key: asked.key, id: asked.id, slices: data.preview });
      }),
    [],
  );
  useEffect(() => {
    if (!written) return;
    const slices = sent.current.has(written) ? null : written.slices;
    sent.current.add(written);
    const asked: Asked = { key: written.key, dataset: written.dataset, id: written.id };
    draftWorker.check({ type: "check", id: written.id, draft: slices, untitled }, asked, slices ? buffersOf(slices) : []);
  }, [written, untitled, asks]);

  const again = useMemo(() => () => setAsks((n) => n + 1), []);
  if (here) return { ...here, dataset: deferred, checking: false, preview: null, again };
  const shown = preview?.key === key ? preview : null;
  // Until this draft's first check is back, an earlier one of the same draft stands (a moment
  // behind); another draft's never does.
  if (answer?.key === key)
    return { problems: answer.problems, misquotes: answer.misquotes, dataset: answer.dataset, checking: false, preview: shown, again };
  return { problems: [], misquotes: [], dataset, checking: true, preview: shown, again };
}
