import type { DatasetProblem } from "../dataset/parse";
import type { DraftDataset } from "./draftStore";
import { problemWhat, problemWhere } from "./problemWords";
import type { Misquote } from "./quoteChecks";
import { fieldId, goToField as goTo } from "./Field";
import { useStudioI18n } from "./studioI18n";

/** Every problem of the draft, and every cited quote its article does not hold, each a link that
 * takes you to its field. */
export function ProblemList({
  problems,
  misquotes,
  dataset,
  checking = false,
}: {
  problems: readonly DatasetProblem[];
  misquotes: readonly Misquote[];
  dataset: DraftDataset;
  /** Its first check has not come back yet: nothing is said of its problems. */
  checking?: boolean;
}) {
  const { t } = useStudioI18n();
  return (
    <section className="problem-list" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {t("problems")}
        {problems.length > 0 && ` (${t("problemCount", { count: problems.length })})`}
      </h2>
      {misquotes.length > 0 && (
        <div className="misquotes" role="alert">
          <p>{t("misquotes")}</p>
          <ul>
            {misquotes.map((quote) => (
              <li key={quote.path}>
                <a href={`#${fieldId(quote.path)}`} onClick={(e) => goTo(e, quote.path)} dir="auto">
                  {t("misquote", { text: quote.text, speaker: quote.speaker })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problems.length === 0 ? (
        misquotes.length === 0 && <p role={checking ? "status" : undefined}>{t(checking ? "checking" : "noProblems")}</p>
      ) : (
        <ul>
          {problems.map((problem, i) => {
            const what = problemWhat(problem, t);
            return (
              <li key={i}>
                <a href={`#${fieldId(problem.path)}`} onClick={(e) => goTo(e, problem.path)}>
                  <span dir="auto">{problemWhere(problem.path, dataset, t)}</span>:{" "}
                  <span lang={what.english ? "en" : undefined} dir="auto">
                    {what.text}
                  </span>{" "}
                  <code dir="ltr">{problem.path}</code>
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
