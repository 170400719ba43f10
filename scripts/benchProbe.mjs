// What the bench runs inside the page (Playwright serialises it into an init script).

/** Injected before the app: timestamps for "first event visible" and "deep-linked event shown",
 * long tasks, and rAF frame times while recording. */
export function instrument(targetId) {
  const marks = (window.__bench = { longTasks: [], frames: [], recording: false });
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => marks.longTasks.push(e.duration))).observe({
    type: "longtask",
    buffered: true,
  });
  let last = 0;
  const tick = (now) => {
    if (marks.firstVisible === undefined) {
      const first = document.querySelector("[data-testid=timeline] [data-event-id]");
      if (first && inView(first)) marks.firstVisible = now;
    }
    // The static preview shows the events first; this is when vis-timeline has taken over.
    if (
      marks.timelineDrawn === undefined &&
      document.querySelector("[data-testid=timeline] .vis-timeline") &&
      !document.querySelector("[data-testid=timeline-preview]")
    ) {
      marks.timelineDrawn = now;
    }
    // The dataset is in: the explorer has replaced its loading status (a page that shows none had
    // its data from the start).
    if (document.querySelector("[data-testid=loading]")) marks.loadingSeen = true;
    else if (marks.loadingSeen && marks.dataIn === undefined) marks.dataIn = now;
    if (targetId && marks.deepLink === undefined) {
      const item = document.querySelector(`[data-testid=timeline] [data-event-id="${targetId}"]`);
      const detail = document.querySelector(`[data-testid=event-detail][data-event-id="${targetId}"]`);
      if (item && detail && inView(item)) marks.deepLink = now;
    }
    if (marks.recording && last) marks.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
