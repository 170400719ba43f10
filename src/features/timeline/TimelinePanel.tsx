import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from "react";
import { afterNextPaint } from "../../lib/afterNextPaint";
import { onTouchScreenChange, isTouchScreen } from "../../lib/touchScreen";
import { useIsHydrating } from "../../lib/useIsHydrating";
import { valueStore } from "../../lib/valueStore";
import type TimelineViewComponent from "./TimelineView";
import type { TimelineControls, TimelineViewProps } from "./TimelineView";
import { TimelineFrame } from "./TimelineFrame";
import { TimelinePreview } from "./TimelinePreview";
import { CrowdList } from "./CrowdList";
import { watchForPan } from "./panGesture";
import { PannedBeforeStartContext } from "./pannedBeforeStart";
import { FIRST_PAINT_FRAMES, framePlannedFor } from "./itemBox";
import type { PlanFrame } from "./planView";
import type { TimelineEvent } from "../../dataset/schema";

type Props = Omit<TimelineViewProps, "container" | "onDrawn" | "ref" | "opening" | "selectedPeriodId" | "frame" | "onOpenCrowd"> & {
  selectedPeriodId?: string | null;
  /** The embed's timeline: fewer lanes. */
  compact: boolean;
};
type Loaded = typeof TimelineViewComponent;

// vis-timeline is the heaviest part of the app, so it is a chunk of its own, requested only once
// the first events are on screen: before that, its download would compete with what they need.
// Until it has loaded and drawn, the frame shows a static preview of the same view.
// Not React.lazy: Suspense holds revealed content back for longer than the load itself takes.
let loaded: Loaded | undefined;
let loading: Promise<Loaded> | undefined;

/** Starts vis-timeline's download, once. */
export function loadTimelineView(): Promise<Loaded> {
  return (loading ??= import("./TimelineView").then((module) => (loaded = module.default)));
}

const noSubscribe = () => () => {};
const NO_FRAMES: readonly PlanFrame[] = [];
const notPanned = () => false;

/** On a touch screen (a phone, mostly) vis-timeline waits for the reader to pan or zoom: until then
 * the first paint is the timeline (its boxes select, the keys step, the list and sharing work), and
 * a phone's first tap waits for none of it. With a mouse, wheel and drag are expected at once: it
 * comes as soon as the first events are on screen. */
export const loadsOnGesture = isTouchScreen;

/** The timeline panel: one frame (so focus stays put) holding two containers, the first paint's
 * and vis-timeline's, which draws in its own, hidden until it has drawn. */
export function TimelinePanel(props: Props) {
  const { index, events, selectedId, onSelect, onSelectPeriod } = props;
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const { frame, frameElement, frameRef } = useMeasuredFrame(props.compact);
  // Before the frame is measured: the plans for the frames it may have where a prerendered page is
  // hydrated (they must match it); else none, as the frame is measured in this render's own commit
  // and planned for before anything is painted (three plans drawn and two dropped, for nothing).
  const unmeasured = useIsHydrating() ? FIRST_PAINT_FRAMES : NO_FRAMES;
  const { Vis, wantLive } = useLiveTimeline(frameElement);
  const { drawn, onDrawn } = useHandOver(selectedId, onSelect, frameElement);
  const [crowd, setCrowd] = useState<TimelineEvent[] | null>(null);
  const controls = useRef<TimelineControls | null>(null);
  // The selection when the page opened (for a hydrated page, the prerendered one: none). Both the
  // preview and vis-timeline open on the window around it, so one follows the other unmoved.
  const [opening] = useState(() => ({ selectedId: props.selectedId, periodId: props.selectedPeriodId ?? null }));

  return (
    <>
      <TimelineFrame
        title={index.dataset.title}
        events={events}
        positionById={index.positionById}
        selectedId={selectedId}
        onSelect={onSelect}
        onZoom={drawn ? (direction) => controls.current?.zoom(direction) : wantLive}
        onShowAll={drawn ? () => controls.current?.showAll() : wantLive}
        frameRef={frameRef}
      >
        <div ref={setContainer} className={drawn ? "timeline-live" : "timeline-live timeline-live-drawing"} />
        {!drawn && (
          <TimelinePreview
            index={index}
            events={events}
            selectedId={selectedId}
            opening={opening}
            frames={frame ? [frame] : unmeasured}
            onSelect={onSelect}
            onOpenCrowd={setCrowd}
          />
        )}
        {Vis && container && frame && (
          <Vis
            index={index}
            events={events}
            selectedId={selectedId}
            onSelect={onSelect}
            selectedPeriodId={props.selectedPeriodId ?? null}
            onSelectPeriod={onSelectPeriod}
            container={container}
            frame={frame}
            opening={opening}
            onDrawn={onDrawn}
            onOpenCrowd={setCrowd}
            ref={controls}
          />
        )}
      </TimelineFrame>
      {crowd && <CrowdList events={crowd} selectedId={selectedId} onClose={() => setCrowd(null)} />}
    </>
  );
}

/** The frame's width and the lanes the screen has room for, measured once the frame is in the page
 * (before that, and in the prerendered page, the first paint is planned for a few). */
function useMeasuredFrame(compact: boolean) {
  const [frame, setFrame] = useState<PlanFrame | null>(null);
  const frameElement = useRef<HTMLDivElement | null>(null);
  const frameRef = useCallback(
    (element: HTMLDivElement | null) => {
      frameElement.current = element;
      if (element) setFrame(framePlannedFor(element, compact));
    },
    [compact],
  );
  return { frame, frameElement, frameRef };
}

/** vis-timeline, once it is wanted: at once with a mouse; on a touch screen, at the first pan,
 * pinch or zoom (`wantLive` asks for it from the zoom buttons). Unknown while hydrating: the
 * prerendered page could not know the screen. vis-timeline renders no nodes of its own: a
 * prerendered page hydrates against the preview either way. */
function useLiveTimeline(frameElement: RefObject<HTMLDivElement | null>) {
  const [Vis, setVis] = useState<Loaded | undefined>(() => loaded);
  const touchScreen = useSyncExternalStore(onTouchScreenChange, loadsOnGesture, () => null);
  const [pannedHere, setPanned] = useState(false);
  const early = useContext(PannedBeforeStartContext);
  const pannedEarly = useSyncExternalStore(early?.subscribe ?? noSubscribe, early?.get ?? notPanned, notPanned);
  const panned = pannedHere || pannedEarly;
  const wanted = touchScreen === false || panned;
  useEffect(() => {
    if (Vis || touchScreen === null) return;
    if (!wanted) return frameElement.current ? watchForPan(frameElement.current, () => setPanned(true)) : undefined;
    let mounted = true;
    const cancel = afterNextPaint(() => void loadTimelineView().then((component) => mounted && setVis(() => component)));
    return () => {
      mounted = false;
      cancel();
    };
  }, [Vis, touchScreen, wanted, frameElement]);
  return { Vis, wantLive: touchScreen && !panned ? () => setPanned(true) : undefined };
}

/** Whether vis-timeline has drawn, set by its controller: read as an external store, so the first
 * paint leaves in the same task as vis-timeline's boxes arrive (never both on screen, nor both in
 * the page for a query to find). Focus on one of the preview's links (a click puts it there) would
 * fall to the page as the preview goes: it moves to the frame, and the timeline selects the event
 * it was on. */
function useHandOver(selectedId: string | null, onSelect: Props["onSelect"], frameElement: RefObject<HTMLDivElement | null>) {
  const [drawnStore] = useState(() => valueStore(false));
  const drawn = useSyncExternalStore(drawnStore.subscribe, drawnStore.get, () => false);
  // The selection and its setter as they are at hand-over, which comes after this render.
  const latest = useRef({ selectedId, onSelect });
  useLayoutEffect(() => {
    latest.current = { selectedId, onSelect };
  });
  const focusedLink = useRef<string | null>(null);
  const onDrawn = useCallback(() => {
    if (drawnStore.get()) return;
    const focused = document.activeElement;
    const link = focused instanceof Element ? focused.closest("[data-testid=timeline-preview] [data-event-id]") : null;
    focusedLink.current = link?.getAttribute("data-event-id") ?? null;
    drawnStore.set(true);
  }, [drawnStore]);
  useLayoutEffect(() => {
    const id = focusedLink.current;
    if (!drawn || id === null) return;
    focusedLink.current = null;
    frameElement.current?.focus({ preventScroll: true });
    if (id !== latest.current.selectedId) latest.current.onSelect(id, { replace: true });
  }, [drawn, frameElement]);
  return { drawn, onDrawn };
}
