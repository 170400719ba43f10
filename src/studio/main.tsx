import "../app/theme.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { isFramed, refuseToRun } from "./framing";
import { PartBoundary } from "./PartBoundary";
// The studio works in every interface language, switched at once: all of them loaded.
import "../lib/i18n/allLanguages";

const root = document.getElementById("studio")!;
if (isFramed()) {
  // Before the drafts' store is opened (by the studio's module): nothing of them reaches a page that frames it.
  refuseToRun(
    root,
    "The timeline studio does not run inside another page: it holds your drafts. Open it in a tab of its own.",
    "Open the studio",
    window.location.href,
  );
} else {
  void import("./StudioApp").then(({ StudioApp }) =>
    createRoot(root).render(
      <StrictMode>
        {/* The last resort: whatever no part's own boundary caught is said in words, never a blank page. */}
        <PartBoundary part="studio">
          <StudioApp />
        </PartBoundary>
      </StrictMode>,
    ),
  );
}
