import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { DraftDataset } from "./draftStore";
import { ProblemsContext } from "./Field";
import type { ProblemText } from "./problemWords";
import { LANGUAGES, type Language } from "../lib/i18n/i18n";
import { sameLanguage } from "./translations";

type Languages = NonNullable<DraftDataset["languages"]>;

export interface Translating {
  /** The language the reporter is translating into (one of the draft's, not its original), or null. */
  target: string | null;
  /** The draft's original language, where it names one. */
  original: string | null;
  choose: (code: string | null) => void;
  /** A language as the studio names it: its own name where the draft gives one, else the studio's word for it. */
  nameOf: (code: string) => string;
}

export const TranslatingContext = createContext<Translating>({ target: null, original: null, choose: () => {}, nameOf: (code) => code });
export const useTranslating = () => useContext(TranslatingContext);

/** The name of a language in the studio's language (`ar` → "Arabic"), or its code where the browser has none. */
export function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Which language the form is translating into, for every editor below it. A language removed
 * from the draft (or a draft opened without it) is translated into no more. */
export function TranslatingProvider({
  languages,
  lang,
  children,
}: {
  languages: Languages | undefined;
  lang: string;
  children: ReactNode;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const list = languages ?? [];
  const target = list.slice(1).find((language) => sameLanguage(language.code, chosen))?.code ?? null;
  const original = list[0]?.code ?? null;
  const names = JSON.stringify(list.map((language) => [language.code, language.name]));
  useFollowLinksToTranslations(names, setChosen, target);
  const value = useMemo<Translating>(() => {
    const given = new Map((JSON.parse(names) as [string, string | null | undefined][]).map(([code, name]) => [code.toLowerCase(), name]));
    return {
      target,
      original,
      choose: setChosen,
      nameOf: (code) => given.get(code.toLowerCase())?.trim() || languageName(code, lang),
    };
  }, [target, original, names, lang]);
  return <TranslatingContext.Provider value={value}>{children}</TranslatingContext.Provider>;
}

/** A link (a problem's) to a translation's field while the form translates into another language,
 * or into none: the form turns to that language, then the field is scrolled to and focused. A
 * field in an item not drawn yet is focused by the list that draws it (VirtualItems). */
function useFollowLinksToTranslations(names: string, choose: (code: string) => void, target: string | null) {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const codes = (JSON.parse(names) as [string][]).slice(1).map(([code]) => code);
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest("a[href^='#f-']") : null;
      const id = (link?.getAttribute("href") ?? "").slice(1);
      const code = codes.find((c) => id.includes(`-translations-${c.replace(/[^A-Za-z0-9]+/g, "-")}-`));
      if (!code || document.getElementById(id)) return;
      pending.current = id;
      choose(code);
    };
    window.addEventListener("click", onClick, true);
    return () => window.removeEventListener("click", onClick, true);
  }, [names, choose]);
  useEffect(() => {
    const field = pending.current ? document.getElementById(pending.current) : null;
    if (!field) return;
    pending.current = null;
    field.scrollIntoView({ block: "center" });
    field.focus({ preventScroll: true });
  }, [target]);
}

/** The language the preview shows the draft in: the one being translated into, where the explorer
 * speaks it (`ar-SY` as `ar`), else the studio's own. */
export function previewLanguage(target: string | null, studio: Language): Language {
  const base = target?.split("-")[0]?.toLowerCase();
  return LANGUAGES.find((code) => code === base) ?? studio;
}

/** What every field of the form reads: the draft's problems by path, and what it is translating into. */
export function FormProviders({
  problems,
  languages,
  lang,
  children,
}: {
  problems: ReadonlyMap<string, ProblemText[]>;
  languages: Languages | undefined;
  lang: string;
  children: ReactNode;
}) {
  return (
    <ProblemsContext.Provider value={problems}>
      <TranslatingProvider languages={languages} lang={lang}>
        {children}
      </TranslatingProvider>
    </ProblemsContext.Provider>
  );
}
