// The page's one way in: which of the four ways it starts (bootMode.ts), and each way started
// here, with what it owns: the dataset's early fetch, the events held for the app, and the
// hand-over to it.
import "./app/theme.css";
import "./app/app.css";
import { datasetLoads, type DatasetLoads } from "./dataset/datasetLoads";
import type { DatasetLocation } from "./dataset/datasetUrl";
import { reportHeight } from "./features/embed/reportHeight";
import { watchForPan } from "./features/timeline/panGesture";
import { afterFirstPaint } from "./lib/afterFirstPaint";
import { valueStore } from "./lib/valueStore";
import { isFramed } from "./lib/frame";
import { isTouchScreen } from "./lib/touchScreen";
// Listening from the first script: a key pressed on the prerendered page, before the app, is the reader's input too.
import "./lib/inputModality";
import { bootMode, type BootMode } from "./hydrate/bootMode";
import { holdEarlyEvents } from "./hydrate/earlyEvents";
import type { PaintedDataset } from "./hydrate/firstPaint";
import { wakeOnIntent } from "./hydrate/wakeOnIntent";

/** What starting the app needs: where, the dataset's address, what the page before it saw (a pan),
 * the datasets it began loading (the early fetch and its progress), and what to do once it has
 * taken the page over (let go of the held events, stop telling the host the page's height). One
 * per page start: nothing of it lives in a module. */
interface HandOver {
  root: HTMLElement;
  dataset: DatasetLocation;
  pannedBeforeStart: ReturnType<typeof valueStore<boolean>>;
  loads: DatasetLoads;
  release?: () => void;
  stopReporting?: () => void;
}

const handOverFor = (root: HTMLElement, dataset: DatasetLocation): HandOver => ({
  root,
  dataset,
  pannedBeforeStart: valueStore(false),
  loads: datasetLoads(),
});

/** The built page may hold the opening view, prerendered (see site/render/): its first frame
 * needs nothing but the stylesheet. Where the gate in the head has hidden it, it goes. */
function takePrerendered(root: HTMLElement): boolean {
  if (root.hasAttribute("data-snapshot") && document.documentElement.classList.contains("no-snapshot")) {
    root.replaceChildren();
    root.removeAttribute("data-snapshot");
  }
  // The compact view the page carried: in the root by now, where it applies.
  document.querySelector("template[data-snapshot-embed]")?.remove();
  return root.hasAttribute("data-snapshot");
}

/** The address's dataset, its fetch begun: it is fetched alongside the app (or the first paint), not
 * after it, and a large one's worker begins parsing it meanwhile. Refused addresses are left for the
 * app to explain. */
function beginDatasetFetch({ dataset, loads }: HandOver) {
  if (dataset.ok) loads.begin(dataset.url, dataset.label);
}

function startApp(handOver: HandOver, painted?: PaintedDataset) {
  // The head sent this address on to its own page (see snapshotGate.ts): nothing to start here.
  if (document.documentElement.classList.contains("leaving")) return;
  handOver.stopReporting?.();
  // A painted dataset is read already (its fetch taken).
  if (!painted) beginDatasetFetch(handOver);
  const { root, dataset, release, pannedBeforeStart, loads } = handOver;
  void import("./app/start").then((app) => app.start(root, { location: dataset, onHydrated: release, painted, pannedBeforeStart, loads }));
}

/** A pan begun on the first paint, before the app (or while it hydrates), brings vis-timeline all the same. */
function watchEarlyPan({ root, pannedBeforeStart }: HandOver) {
  const timeline = root.querySelector<HTMLElement>("[data-testid=timeline]");
  if (timeline) watchForPan(timeline, () => pannedBeforeStart.set(true));
}

/** Over a prerendered page, clicks and keys are held for the app until it has hydrated the page. */
function overPrerendered(root: HTMLElement, mode: BootMode & { kind: "waiting" | "hydrating" }) {
  const handOver = handOverFor(root, mode.dataset);
  if (mode.kind === "waiting") {
    wakeOnIntent(() => startApp(handOver));
    // Framed, the page tells its host its height meanwhile, and wakes at the host's first message.
    if (isFramed() && mode.asked.embed) handOver.stopReporting = reportHeight(root);
  }
  watchEarlyPan(handOver);
  handOver.release = holdEarlyEvents(root);
  // The events are on screen without the app: nothing it needs is asked for until that first paint
  // is (on a phone's slow link, it would compete with what the paint needs).
  if (mode.kind === "hydrating") afterFirstPaint(root, () => startApp(handOver));
}

/** A `?data=` file's opening view drawn without the app, which comes at the reader's first touch,
 * key or focus and takes over the dataset already read. */
function paintFirst(root: HTMLElement, mode: BootMode & { kind: "painting" }) {
  const { dataset, asked } = mode;
  const handOver = handOverFor(root, dataset);
  beginDatasetFetch(handOver);
  void import("./hydrate/firstPaint").then(async ({ paintDataset, handOverFocus }) => {
    const index = await paintDataset(root, handOver.loads, dataset.url, dataset.label, asked.lang, asked.opening);
    if (!index) return startApp(handOver);
    watchEarlyPan(handOver);
    wakeOnIntent(() => {
      handOverFocus(root);
      startApp(handOver, { url: dataset.url, label: dataset.label, index });
    });
    // Its buttons (Menu) do nothing by themselves: a tap on one is held for the app, which answers it.
    handOver.release = holdEarlyEvents(root);
  });
}

const root = document.getElementById("root")!;
const mode = bootMode({ href: window.location.href, prerendered: takePrerendered(root), touchScreen: isTouchScreen() });
switch (mode.kind) {
  case "waiting":
  case "hydrating":
    overPrerendered(root, mode);
    break;
  case "painting":
    paintFirst(root, mode);
    break;
  case "app":
    startApp(handOverFor(root, mode.dataset));
}
