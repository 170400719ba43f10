import "./app/app.css";
import { holdEarlyEvents } from "./prerender/earlyEvents";

// The built page may hold the opening view, prerendered (see src/prerender/): its first frame
// needs nothing but the stylesheet. Where the gate in the head has hidden it, it goes; where it
// shows, clicks and keys are held for the app until it has hydrated the page.
const root = document.getElementById("root")!;
if (root.hasAttribute("data-snapshot") && document.documentElement.classList.contains("no-snapshot")) {
  root.replaceChildren();
  root.removeAttribute("data-snapshot");
}
const overPrerendered = root.hasAttribute("data-snapshot");
// The deep-link views the page carried: the one that applies (if any) is in the root by now.
document.querySelectorAll("template[data-snapshot-hash]").forEach((template) => template.remove());
const release = overPrerendered ? holdEarlyEvents(root) : undefined;

void import("./app/start").then((app) => app.start(root, release));
