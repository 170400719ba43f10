import type { DatasetProblem } from "../dataset/parse";
import { fieldId } from "./Field";
import { useStudioI18n } from "./studioI18n";

/** The field a problem belongs to: the one at its path, or the nearest group above it. */
function targetOf(path: string): HTMLElement | null {
  const parts = path.split(/(?=[.[])/);
  for (let n = parts.length; n > 0; n--) {
    const element = document.getElementById(fieldId(parts.slice(0, n).join("")));
    if (element) return element;
  }
  return null;
}

/** Every problem of the draft, each a link that takes you to its field. */
export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  const { t } = useStudioI18n();
  return (
    <section className="problem-list" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {t("problems")}
        {problems.length > 0 && ` (${t("problemCount", { count: problems.length })})`}
      </h2>
      {problems.length === 0 ? (
        <p>{t("noProblems")}</p>
      ) : (
        <ul lang="en" dir="ltr">
          {problems.map(({ path, message }, i) => (
            <li key={i}>
              <a
                href={`#${fieldId(path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  const target = targetOf(path);
                  const focusable = target?.matches("input, textarea, select")
                    ? target
                    : target?.querySelector<HTMLElement>("input, textarea, select");
                  target?.scrollIntoView({ block: "center" });
                  focusable?.focus({ preventScroll: true });
                }}
              >
                <code>{path}</code>: {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
