import "./app/theme.css";
import "./app/app.css";
import { beginFetch } from "./dataset/datasetFetch";
import { resolveDatasetUrl } from "./dataset/datasetUrl";
import { progressReporter } from "./dataset/loadProgress";
import { reportHeight } from "./features/embed/reportHeight";
import { pannedBeforeStart, watchForPan } from "./features/timeline/panGesture";
import { parseUrlState, siteRootHref } from "./url/urlState";
import { afterFirstPaint } from "./lib/afterFirstPaint";
import { isFramed } from "./lib/frame";
import { isTouchScreen } from "./lib/touchScreen";
// Listening from the first script: a key pressed on the prerendered page, before the app, is the reader's input too.
import "./lib/inputModality";
import { holdEarlyEvents } from "./hydrate/earlyEvents";
import type { PaintedDataset } from "./hydrate/firstPaint";
import { wakeOnIntent } from "./hydrate/wakeOnIntent";

// The built page may hold the opening view, prerendered (see site/render/): its first frame
// needs nothing but the stylesheet. Where the gate in the head has hidden it, it goes; where it
// shows, clicks and keys are held for the app until it has hydrated the page.
const root = document.getElementById("root")!;
if (root.hasAttribute("data-snapshot") && document.documentElement.classList.contains("no-snapshot")) {
  root.replaceChildren();
  root.removeAttribute("data-snapshot");
}
const overPrerendered = root.hasAttribute("data-snapshot");
// The compact view the page carried: in the root by now, where it applies.
document.querySelector("template[data-snapshot-embed]")?.remove();

/** The address's dataset, its fetch begun: it is fetched alongside the app (or the first paint), not
 * after it, and a large one's worker begins parsing it meanwhile. Refused addresses are left for the
 * app to explain. */
function beginDatasetFetch() {
  const dataset = resolveDatasetUrl(parseUrlState(window.location.href).dataParam, siteRootHref(window.location.href));
  if (dataset.ok) beginFetch(dataset.url, dataset.label, { onProgress: progressReporter(dataset.url) });
  return dataset;
}

let stopReporting: (() => void) | undefined;
const startApp = (painted?: PaintedDataset) => {
  // The head sent this address on to its own page (see snapshotGate.ts): nothing to start here.
  if (document.documentElement.classList.contains("leaving")) return;
  stopReporting?.();
  // A painted dataset is read already (its fetch taken).
  if (!painted) beginDatasetFetch();
  void import("./app/start").then((app) => app.start(root, release, painted));
};

// On a phone, the prerendered page is the page until the reader reaches for it: its links open
// events' pages, its sources unfold, and it prints; the app (and the download and the work it costs
// a phone's processor) comes at the first touch, key or focus, which it then answers. Framed, the
// page tells its host its height meanwhile, and wakes at the host's first message. Not where the
// hash asks for an event or a period the page does not show: the app brings it now.
const shown = parseUrlState(window.location.href.split("#")[0]!);
const asked = parseUrlState(window.location.href);
const waitsForReader = overPrerendered && isTouchScreen() && asked.eventId === shown.eventId && asked.periodId === shown.periodId;
// A `?data=` file's plain opening view on a phone is drawn without the app (src/hydrate/firstPaint.ts),
// which then waits for the reader as over a prerendered page.
const paintsFirst =
  !overPrerendered &&
  isTouchScreen() &&
  asked.dataParam !== null &&
  !asked.embed &&
  asked.eventId === null &&
  asked.periodId === null &&
  asked.query === "" &&
  asked.categories === null;
if (waitsForReader) {
  wakeOnIntent(() => startApp());
  if (isFramed() && asked.embed) stopReporting = reportHeight(root);
}
// A pan begun on the first paint, before the app (or while it hydrates), brings vis-timeline all the same.
const prerenderedTimeline = overPrerendered ? root.querySelector<HTMLElement>("[data-testid=timeline]") : null;
if (prerenderedTimeline) watchForPan(prerenderedTimeline, () => pannedBeforeStart.set(true));
let release = overPrerendered ? holdEarlyEvents(root) : undefined;
// Over a prerendered page the events are on screen without the app: nothing it needs is asked for
// until that first paint is (on a phone's slow link, it would compete with what the paint needs).
if (paintsFirst) {
  const dataset = beginDatasetFetch();
  if (dataset.ok) {
    void import("./hydrate/firstPaint").then(async ({ paintDataset, handOverFocus }) => {
      const index = await paintDataset(root, dataset.url, dataset.label, asked.lang, asked.opening);
      if (!index) return startApp();
      watchForPan(root.querySelector<HTMLElement>("[data-testid=timeline]")!, () => pannedBeforeStart.set(true));
      wakeOnIntent(() => {
        handOverFocus(root);
        startApp({ url: dataset.url, label: dataset.label, index });
      });
      // Its buttons (Menu) do nothing by themselves: a tap on one is held for the app, which answers it.
      release = holdEarlyEvents(root);
    });
  } else startApp();
} else if (!waitsForReader) {
  if (overPrerendered) afterFirstPaint(root, () => startApp());
  else startApp();
}
