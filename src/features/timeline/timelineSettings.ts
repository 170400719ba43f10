// What a TimelineController is given: its settings once, its props again after every render.
import type { Language } from "../../lib/i18n/i18n";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { TimelineEvent } from "../../dataset/schema";
import type { PlanFrame } from "./planView";

/** What stays fixed for a controller's life: a change of any of these makes a new one. */
export interface TimelineSettings {
  index: DatasetIndex;
  lang: Language;
  dir: "ltr" | "rtl";
  /** What a crowd of `count` events says. */
  crowdLabel: (count: number) => string;
  /** What an event's box says beside its date of its latest update ("Corrected 3 June 2024"), if any. */
  itemMark: (event: TimelineEvent) => string | null;
  /** The interface's word for a title shown in its original ("not translated"), marked on its box. */
  notTranslated: string;
  /** The width the items are drawn in when it is created, and how many lanes of boxes it may stack
   * before it counts. */
  frame: PlanFrame;
  /** What was selected when the page opened: the first window is planned around it. */
  opening: { selectedId: string | null; periodId: string | null };
  /** Called once vis-timeline's first drawing is in the page. */
  onDrawn: () => void;
  /** A crowd whose events share one moment, which no zoom can draw apart: show them as a list. */
  onOpenCrowd: (events: TimelineEvent[]) => void;
}

/** What changes while it lives, handed over with `setProps`. */
export interface TimelineProps {
  /** The events to show (all of them, or those a search or filter leaves), in date order. */
  events: readonly TimelineEvent[];
  selectedId: string | null;
  selectedPeriodId: string | null;
  /** A selection: `replace` for a keyboard step, which moves on rather than adds a history entry. */
  onSelect: (id: string, how?: { replace: boolean }) => void;
  onSelectPeriod?: (id: string) => void;
}
