import { CATEGORY_COLOURS } from "../../src/lib/categoryClasses";
import { formatDateRange, formatPeriodDates } from "../../src/lib/dates";
import { pageTitle } from "../../src/lib/pageTitle";
import { DEFAULT_DATASET } from "../../src/dataset/datasetUrl";
import { parseDataset } from "../../src/dataset/readDatasetNow";
import { buildIndex } from "../../src/dataset/datasetIndex";
import { pagePath } from "../../src/url/urlState";
import { localise, siteLanguages } from "../../src/dataset/localise";
import { textDigest } from "../../src/lib/textDigest";
import type { Dataset } from "../../src/dataset/schema";
import { publishedOf } from "./changeLog";
import { directionOf, LANGUAGES, translator, type Language } from "../../src/lib/i18n/i18n";
// Pages are drawn in every interface language: all of them loaded at once.
import "../../src/lib/i18n/allLanguages";

/** One page of the built site, as a link unfurler and a search engine see it. */
export interface SharePage {
  /** From the site's root: "" (the opening page), `event/<id>/` or `period/<id>/`. */
  path: string;
  kind: "site" | "event" | "period";
  id: string | null;
  /** The `<title>`: its subject and the timeline's title, as the app keeps it in `document.title`. */
  title: string;
  /** The subject alone (`og:title`): the event's title, the period's label, the timeline's title. */
  subject: string;
  /** From the summary, trimmed at a word. */
  description: string | null;
  /** When the event's page was first published (`article:published_time`), as the feeds and its
   * structured data say (changeLog.ts's publishedOf); null where the dataset does not say. */
  published: string | null;
  card: {
    title: string;
    dateText: string;
    label: string | null;
    /** Index of the category swatch (`--cat-<n>` of theme.css); null for the accent. */
    colour: number | null;
    timelineTitle: string;
  };
  /** What the card shows, in words (`og:image:alt`). */
  imageAlt: string;
  /** The page's language (the dataset's original, or one of its translations) and direction. */
  lang: string;
  dir: "ltr" | "rtl";
  /** Whether it is a translation's page (`ar/event/<id>/`), not the original's. */
  translated: boolean;
  /** The same page in each of the site's languages, this one included, the original first; empty
   * for a timeline in one language. */
  alternates: { lang: string; path: string }[];
}

/** Descriptions stop here: unfurlers show about two lines. */
export const DESCRIPTION_LIMIT = 200;

/** `text` on one line, cut at the last word that fits in `limit` characters, with an ellipsis. */
export function trimAtWord(text: string, limit = DESCRIPTION_LIMIT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

const interfaceLanguage = (lang: string): Language => ((LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : "en");

/** Every page the build writes for the published dataset: the opening page, one per event, one
 * per period, and the same again in each translation the site has pages for (`ar/`, `ar/event/<id>/`).
 * The original's opening page is the first. Throws a DatasetError for an invalid dataset. */
export function sharePages(datasetJson: string): SharePage[] {
  const dataset = parseDataset(datasetJson, DEFAULT_DATASET);
  const languages = siteLanguages(dataset);
  const perLanguage = languages.map(({ lang, folder }) => pagesIn(localise(dataset, lang, textDigest), lang, folder, folder !== ""));
  if (languages.length > 1)
    perLanguage[0]!.forEach((_, i) => {
      const alternates = languages.map(({ lang }, k) => ({ lang, path: perLanguage[k]![i]!.path }));
      for (const pages of perLanguage) pages[i]!.alternates = alternates;
    });
  return perLanguage.flat();
}

/** The pages of the dataset as shown in `lang`, in `folder`. */
function pagesIn(dataset: Dataset, lang: string, folder: string, translated: boolean): SharePage[] {
  const ui = interfaceLanguage(lang);
  const t = translator(ui);
  const dir = (LANGUAGES as readonly string[]).includes(lang) ? directionOf(ui) : "ltr";
  const common = { lang, dir, translated, alternates: [] };
  /** In a language other than English, the card says so: its direction and its own footer. */
  const cardLang = ui === "en" ? {} : { lang: { dir, footer: t("cardFooter") } };
  const colourOf = new Map(dataset.categories.map((c, i) => [c.id, i % CATEGORY_COLOURS]));
  const labelOf = new Map(dataset.categories.map((c) => [c.id, c.label]));
  const timelineTitle = dataset.title;
  const ordered = buildIndex(dataset).events;
  const first = ordered[0]!.date;
  const latest = ordered.map((e) => e.end ?? e.date).reduce((a, b) => (b.end > a.end ? b : a));
  const span = formatDateRange(first, latest.text === first.text ? null : latest, ui);
  const eventCount = t("eventCount", { count: dataset.events.length });
  const comma = ui === "en" ? ", " : "، ";
  const site: SharePage = {
    path: folder,
    kind: "site",
    id: null,
    title: timelineTitle,
    subject: timelineTitle,
    description: dataset.description ? trimAtWord(dataset.description) : null,
    published: null,
    card: { title: timelineTitle, dateText: span, label: eventCount, colour: null, timelineTitle: t("viewTimeline"), ...cardLang },
    imageAlt: `${timelineTitle}: ${eventCount}${comma}${span}`,
    ...common,
  };
  const events = ordered.map((event): SharePage => {
    const dateText = event.displayDate ?? formatDateRange(event.date, event.end, ui);
    return {
      path: folder + pagePath("event", event.id),
      kind: "event",
      id: event.id,
      title: pageTitle(event.title, timelineTitle),
      subject: event.title,
      description: event.summary ? trimAtWord(event.summary) : null,
      published: publishedOf(event, dataset),
      card: {
        title: event.title,
        dateText,
        label: labelOf.get(event.category) ?? null,
        colour: colourOf.get(event.category) ?? null,
        timelineTitle,
        ...cardLang,
      },
      imageAlt: `${event.title}${comma}${dateText}`,
      ...common,
    };
  });
  const periods = dataset.periods.map((period): SharePage => {
    const dateText = formatPeriodDates(period, ui);
    const category = period.category;
    return {
      path: folder + pagePath("period", period.id),
      kind: "period",
      id: period.id,
      title: pageTitle(period.label, timelineTitle),
      subject: period.label,
      description: period.summary ? trimAtWord(period.summary) : null,
      published: null,
      card: {
        title: period.label,
        dateText,
        label: category === null ? null : (labelOf.get(category) ?? null),
        colour: category === null ? null : (colourOf.get(category) ?? null),
        timelineTitle,
        ...cardLang,
      },
      imageAlt: `${period.label}${comma}${dateText}`,
      ...common,
    };
  });
  return [site, ...events, ...periods];
}
