import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from "react";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { afterNextPaint } from "../../lib/afterNextPaint";
import { useI18n } from "../../lib/i18n/I18nContext";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import { latestUpdate, updateMark } from "../../dataset/eventUpdates";
import type { TimelineEvent } from "../../dataset/schema";
import { TimelineController } from "./TimelineController";
import type { TimelineProps, TimelineSettings } from "./timelineSettings";
import "./timeline.css";

/** What the frame's buttons ask of the timeline. */
export interface TimelineControls {
  zoom: (direction: "in" | "out") => void;
  showAll: () => void;
}

export interface TimelineViewProps extends TimelineProps, Pick<TimelineSettings, "frame" | "opening" | "onDrawn" | "onOpenCrowd"> {
  /** The element to draw in: the frame's container, which React owns and this never replaces. */
  container: HTMLDivElement;
  index: DatasetIndex;
  ref?: Ref<TimelineControls>;
}

/** The React side of the timeline (react-map-gl's pattern): creates the controller in the frame's
 * container, hands it the latest props after every render, destroys it on unmount. It renders
 * nothing itself. StrictMode mounts it twice; the cleanup makes that correct. */
export default function TimelineView({ container, index, frame, opening, onDrawn, onOpenCrowd, ref, ...props }: TimelineViewProps) {
  const { t, lang, dir } = useI18n();
  const [controller, setController] = useState<TimelineController | null>(null);
  // The latest props, for a controller created after the render that scheduled it.
  const latest = useRef<TimelineProps>(props);
  // A timeline that cannot be made (a browser without an API it needs) fails in a render, where the
  // page's error boundary says so, not in a callback after the paint that nobody hears.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;

  useEffect(() => {
    let created: TimelineController | undefined;
    // Creating takes a long task: let the preview reach the screen first.
    const cancel = afterNextPaint(() => {
      const settings = {
        index,
        lang,
        dir,
        crowdLabel: (count: number) => t("crowdLabel", { count }),
        itemMark: (event: TimelineEvent) => {
          const update = latestUpdate(event);
          return update ? updateMark(update, t, lang) : null;
        },
        notTranslated: t("notTranslated"),
        frame,
        opening,
        onDrawn,
        onOpenCrowd,
      };
      try {
        setController((created = new TimelineController(container, settings, latest.current)));
      } catch (error) {
        setFailure({ error });
      }
    });
    return () => {
      cancel();
      created?.destroy();
    };
  }, [container, index, frame, opening, onDrawn, onOpenCrowd, t, lang, dir]);

  // A new selection alone is handed over once the frame that shows its detail is painted: the
  // timeline's redraw lays out every box it holds, and need not hold the detail back.
  const handing = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const previous = latest.current;
    latest.current = props;
    handing.current?.();
    handing.current = null;
    if (!controller) return;
    const selectionAlone =
      previous.selectedId !== props.selectedId && previous.events === props.events && previous.selectedPeriodId === props.selectedPeriodId;
    if (!selectionAlone) return controller.setProps(props);
    handing.current = afterNextPaint(() => {
      handing.current = null;
      controller.setProps(latest.current);
    });
  });
  useEffect(() => () => handing.current?.(), []);

  useImperativeHandle(ref, () => ({ zoom: (d) => controller?.zoom(d), showAll: () => controller?.showAll() }), [controller]);
  return null;
}
