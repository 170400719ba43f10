import { useDeferredValue, useMemo, useState } from "react";
import type { DraftDataset } from "../draftStore";
import { Field, fieldId, GroupProblems } from "../Field";
import { useStudioI18n } from "../studioI18n";
import { useTranslating } from "../translating";
import { addLanguage, editLanguage, languageCodeProblem, removeLanguage, translationSummary } from "../translations";
import type { Edit } from "./editTypes";
import "./translations.css";

type Language = NonNullable<DraftDataset["languages"]>[number];

const CODE_PROBLEMS = { empty: "languageCodeEmpty", invalid: "languageCodeInvalid", taken: "languageCodeTaken" } as const;

/** The timeline's content languages (the first the original's; each other one with who translated
 * it and how), how far each one's translation is, and which one the form is translating into. */
export function LanguagesEditor({ dataset, edit }: { dataset: DraftDataset; edit: Edit }) {
  const { t } = useStudioI18n();
  // Counted a moment behind the typing, as the problems are.
  const checked = useDeferredValue(dataset);
  const { target, choose, nameOf } = useTranslating();
  const [code, setCode] = useState("");
  const [refused, setRefused] = useState<string | null>(null);
  const languages = dataset.languages ?? [];

  const add = () => {
    const problem = languageCodeProblem(dataset, code);
    if (problem) return setRefused(t(CODE_PROBLEMS[problem], { code: code.trim() }));
    edit((d) => addLanguage(d, code));
    setCode("");
    setRefused(null);
  };

  return (
    <section className="studio-section" aria-labelledby="languages-section">
      <h2 id="languages-section">{t("languagesSection")}</h2>
      <p className="field-help">{t("languagesHelp")}</p>
      <GroupProblems path="languages" />
      {languages.map((language, i) => (
        <LanguageRow key={`${i}-${language.code}`} language={language} index={i} count={languages.length} checked={checked} edit={edit} />
      ))}
      <div className="field-row language-add">
        <div className={refused ? "field field-invalid" : "field"}>
          <label htmlFor="f-new-language">{t("languageCode")}</label>
          <input
            id="f-new-language"
            type="text"
            dir="ltr"
            value={code}
            aria-invalid={refused ? true : undefined}
            aria-describedby={refused ? "f-new-language-problem" : undefined}
            onChange={(e) => setCode(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              e.preventDefault();
              add();
            }}
          />
          {refused && (
            <p className="field-problems" id="f-new-language-problem" role="alert">
              {refused}
            </p>
          )}
        </div>
        <button type="button" onClick={add}>
          {t("addLanguage")}
        </button>
      </div>
      {languages.length > 1 && (
        // A choice, not buttons: the languages' names are the interface switcher's too.
        <div className="field translating-switch">
          <label htmlFor="f-translating-into">{t("translatingInto")}</label>
          <select id="f-translating-into" value={target ?? ""} onChange={(e) => choose(e.target.value || null)}>
            <option value="">{t("translatingNone")}</option>
            {languages.slice(1).map((language) => (
              <option key={language.code} value={language.code}>
                {nameOf(language.code)}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}

function LanguageRow({
  language,
  index,
  count,
  checked,
  edit,
}: {
  language: Language;
  index: number;
  count: number;
  checked: DraftDataset;
  edit: Edit;
}) {
  const { t } = useStudioI18n();
  const { nameOf } = useTranslating();
  const at = `languages[${index}]`;
  const isOriginal = index === 0;
  const name = nameOf(language.code);
  const set = <K extends "name" | "translator" | "method" | "reviewed">(field: K, value: Language[K]) =>
    edit((d) => editLanguage(d, index, field, value), `${at}.${field}`);
  const text = (field: "name" | "translator") => ({
    path: `${at}.${field}`,
    value: language[field] ?? "",
    onChange: (value: string) => set(field, value === "" ? null : value),
  });
  return (
    <fieldset className="language" id={fieldId(at)}>
      <legend dir="auto">{t(isOriginal ? "languageOriginal" : "languageTranslation", { language: name, code: language.code })}</legend>
      <GroupProblems path={`${at}.code`} />
      <Field label={t("languageName")} {...text("name")} />
      {!isOriginal && (
        <>
          <Field label={t("translator")} {...text("translator")} />
          <div className="field-row">
            <div className="field">
              <label htmlFor={fieldId(`${at}.method`)}>{t("translationMethod")}</label>
              <select
                id={fieldId(`${at}.method`)}
                value={language.method ?? ""}
                onChange={(e) => set("method", e.target.value === "" ? null : (e.target.value as "human" | "machine"))}
              >
                <option value="">{t("methodUnknown")}</option>
                <option value="human">{t("methodHuman")}</option>
                <option value="machine">{t("methodMachine")}</option>
              </select>
            </div>
            <label className="check">
              <input type="checkbox" checked={language.reviewed ?? false} onChange={(e) => set("reviewed", e.target.checked)} />{" "}
              {t("reviewed")}
            </label>
          </div>
          <Progress code={language.code} checked={checked} />
        </>
      )}
      {(!isOriginal || count === 1) && (
        <button type="button" className="remove" onClick={() => edit((d) => removeLanguage(d, index))}>
          {t("removeLanguage")}
        </button>
      )}
    </fieldset>
  );
}

/** How far a language's translation is: texts missing, out of date, not checked. */
function Progress({ code, checked }: { code: string; checked: DraftDataset }) {
  const { t } = useStudioI18n();
  const counts = useMemo(() => translationSummary(checked, code), [checked, code]);
  const parts = [
    counts.missing > 0 && t("translationsMissing", { count: counts.missing }),
    counts.stale > 0 && t("translationsStale", { count: counts.stale }),
    counts.unchecked > 0 && t("translationsUnchecked", { count: counts.unchecked }),
  ].filter((part): part is string => typeof part === "string");
  return (
    <p className={counts.stale > 0 ? "translation-progress translation-progress-stale" : "translation-progress"} data-language={code}>
      {parts.length ? parts.join(" · ") : t("translationsComplete")}
    </p>
  );
}
