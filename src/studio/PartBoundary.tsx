import type { ReactNode } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { failureText } from "./failureText";
import { useStudioI18n } from "./studioI18n";

/** The parts of the studio that fail apart from the rest. */
export type StudioPart = "studio" | "form" | "preview" | "drafts" | "export" | "problems";

const FAILED = {
  studio: "studioFailed",
  form: "formFailed",
  preview: "previewFailed",
  drafts: "draftsFailed",
  export: "exportFailed",
  problems: "problemsFailed",
} as const;

/** One part of the studio (the form, the preview, the drafts, export, the problems) failing says
 * which, and what went wrong, in its own place, and leaves the rest working and the draft saved:
 * "Try again" draws the part anew. A part's failure outside its render (a storage call, a download,
 * the preview's frame) reaches it through react-error-boundary's `useErrorBoundary`. */
export function PartBoundary({ part, children, resetKeys }: { part: StudioPart; children: ReactNode; resetKeys?: unknown[] }) {
  return (
    <ErrorBoundary
      resetKeys={resetKeys}
      fallbackRender={({ error, resetErrorBoundary }) => <PartFailed part={part} error={error} onRetry={resetErrorBoundary} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function PartFailed({ part, error, onRetry }: { part: StudioPart; error: unknown; onRetry: () => void }) {
  const { t } = useStudioI18n();
  return (
    <div className={`part-failed part-failed-${part}`} role="alert">
      <p>{t(FAILED[part])}</p>
      <p>
        {t("whatWentWrong")}{" "}
        <span lang="en" dir="ltr">
          {failureText(error)}
        </span>
      </p>
      <button type="button" onClick={onRetry}>
        {t("tryAgain")}
      </button>
    </div>
  );
}
