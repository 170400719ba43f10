import "../../app/theme.css";
import "../../app/app.css";
import { createRoot } from "react-dom/client";
import { isInOwnStudio, refuseToRun } from "../framing";
import { PreviewApp } from "./PreviewApp";
// The studio works in every interface language, switched at once: all of them loaded.
import "../../lib/i18n/allLanguages";
import { textDigest } from "../../lib/textDigest";
import { provideTextDigest } from "../../lib/textDigestLoader";

// A draft's translations carry their basis as they are typed: the preview tells an outdated one.
provideTextDigest(textDigest);

const root = document.getElementById("root")!;
if (isInOwnStudio()) createRoot(root).render(<PreviewApp />);
else
  refuseToRun(
    root,
    "This page is the studio's preview: it runs only inside the timeline studio.",
    "Open the studio",
    new URL("./", window.location.href).href,
  );
