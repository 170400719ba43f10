import "./app/app.css";
import { holdEarlyEvents } from "./prerender/earlyEvents";

// The built page may hold the opening view, prerendered (see src/prerender/). Where the gate in
// the head has hidden it, it goes. Where it shows, the app starts after that view's first frame,
// so that frame waits for nothing but the stylesheet; clicks and keys meanwhile are held for it.
const root = document.getElementById("root")!;
if (root.hasAttribute("data-snapshot") && document.documentElement.classList.contains("no-snapshot")) {
  root.replaceChildren();
  root.removeAttribute("data-snapshot");
}
const overPrerendered = root.hasAttribute("data-snapshot");
// The deep-link views the page carried: the one that applies (if any) is in the root by now.
document.querySelectorAll("template[data-snapshot-hash]").forEach((template) => template.remove());
const release = overPrerendered ? holdEarlyEvents(root) : undefined;

const start = () => import("./app/start").then((app) => app.start(root, release));
void start();
