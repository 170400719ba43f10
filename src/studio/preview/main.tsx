import "../../app/theme.css";
import "../../app/app.css";
import { createRoot } from "react-dom/client";
import { isInOwnStudio, refuseToRun } from "../framing";
import { PreviewApp } from "./PreviewApp";
// The studio works in every interface language, switched at once: all of them loaded.
import "../../lib/i18n/allLanguages";

const root = document.getElementById("root")!;
if (isInOwnStudio()) createRoot(root).render(<PreviewApp />);
else
  refuseToRun(
    root,
    "This page is the studio's preview: it runs only inside the timeline studio.",
    "Open the studio",
    new URL("./", window.location.href).href,
  );
