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

/** Injected before the app: the moment of the reader's last input (a key, a pointer, a message
 * from the host page), for selection latency. The bench resets it before each input. */
export function instrumentInput() {
  const probe = (window.__input = { at: null });
  for (const type of ["keydown", "pointerdown", "message"]) window.addEventListener(type, () => (probe.at ??= performance.now()), true);
}

/** In the page: resolves, at the first frame that shows `id`'s detail, with the time since the
 * input and the longest task meanwhile (the timeline may still be gliding to it). `id` null: any
 * event other than `previousId`. */
export function selectionShown({ id, previousId }) {
  const tasks = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
  observer.observe({ type: "longtask" });
  return new Promise((resolve) => {
    const check = (now) => {
      const detail = document.querySelector("[data-testid=event-detail]");
      const shown = detail?.getAttribute("data-event-id");
      const wanted = id ? shown === id : shown && shown !== previousId;
      if (wanted && window.__input.at !== null) {
        // Long tasks are reported after they end, and the timeline's own work may follow the
        // detail: hear them for a while longer.
        const latency = now - window.__input.at;
        setTimeout(() => {
          observer.disconnect();
          resolve({ latency, longest: Math.max(0, ...tasks) });
        }, 300);
      } else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
