import { QueryClient } from "@tanstack/react-query";
import { isTag, isText, type ChildNode } from "domhandler";
import { parseDocument } from "htmlparser2";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { AppRoot } from "../../src/app/AppRoot";
import { buildIndex } from "../../src/dataset/datasetIndex";
import { localiseIndex } from "../../src/dataset/localise";
import { datasetQueryKey } from "../../src/dataset/datasetQuery";
import { resolveDatasetUrl } from "../../src/dataset/datasetUrl";
import { parseDataset } from "../../src/dataset/readDatasetNow";
import { openingViewMarkup } from "../../src/hydrate/firstPaint";
import { makeI18n, type Language } from "../../src/lib/i18n/i18n";
import type { Markup } from "../../src/lib/markup";
import { selectionLink } from "../../src/url/urlState";

/** A view as a tree of tags, attributes and text, whichever way it was drawn. */
interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
}

/** Adjacent text pieces as one (React marks their seams with comments). */
function joined(children: (Node | string)[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  for (const child of children) {
    if (typeof child === "string" && typeof out.at(-1) === "string") out[out.length - 1] += child;
    else out.push(child);
  }
  return out.filter((child) => child !== "");
}

/** A description's nodes, a fragment's children in its place. */
const fromMarkup = (markup: Markup): Node => ({
  tag: markup.tag,
  attrs: Object.fromEntries(
    Object.entries(markup.attrs)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [name, String(value)]),
  ),
  children: joined(markup.children.flatMap(fromMarkupChild)),
});
const fromMarkupChild = (child: Markup | string): (Node | string)[] =>
  typeof child === "string" ? [child] : child.tag === "" ? child.children.flatMap(fromMarkupChild) : [fromMarkup(child)];

function fromHtml(node: ChildNode): Node | string | null {
  if (isText(node)) return node.data;
  if (!isTag(node)) return null;
  return {
    tag: node.name,
    attrs: { ...node.attribs },
    children: joined(node.children.map(fromHtml).filter((child) => child !== null)),
  };
}

const find = (node: Node, test: (node: Node) => boolean): Node | null => {
  if (test(node)) return node;
  for (const child of node.children) {
    const found = typeof child === "string" ? null : find(child, test);
    if (found) return found;
  }
  return null;
};

/** The app's view as the first paint draws it: the timeline's frame emptied (what it holds, the
 * first paint's plan, is previewMarkup.ts's, drawn by both already), and the search summary without
 * the test id that tells a test the app has arrived. Nothing else may differ. */
function asFirstPaint(node: Node): Node {
  if (node.attrs["data-testid"] === "timeline") return { ...node, children: [] };
  const attrs = { ...node.attrs };
  if (attrs["data-testid"] === "filter-summary") delete attrs["data-testid"];
  return { ...node, attrs, children: node.children.map((child) => (typeof child === "string" ? child : asFirstPaint(child))) };
}

const PAGE = "http://localhost/?data=log.json";

/** The app's opening view of `json` at `PAGE`, as React renders it (the same render the build prerenders with). */
function appView(json: string, lang: Language): Node {
  const location = resolveDatasetUrl("log.json", "http://localhost/");
  if (!location.ok) throw new Error(location.message);
  const queryClient = new QueryClient();
  queryClient.setQueryData(datasetQueryKey(location.url), buildIndex(parseDataset(json, location.label)));
  const html = renderToString(createElement(AppRoot, { queryClient, serverHref: `${PAGE}&lang=${lang}` }));
  const root: Node = {
    tag: "root",
    attrs: {},
    children: joined(
      parseDocument(html)
        .children.map(fromHtml)
        .filter((c) => c !== null),
    ),
  };
  return asFirstPaint(find(root, (node) => node.attrs.class === "app")!);
}

describe("the opening view, drawn by React and without it", () => {
  const generated = generateDataset(300, 3) as object;
  const json = JSON.stringify({ ...generated, description: "A synthetic log, described." });
  // Its description translated into Persian, its title not: shown in the original, marked.
  const translated = JSON.stringify({
    ...generated,
    description: "A synthetic log, described.",
    languages: [{ code: "en" }, { code: "fa", method: "machine" }],
    translations: { fa: { description: "یک گزارش ساختگی." } },
  });
  const cases: [string, string, Language][] = [
    ["en", json, "en"],
    ["fa", json, "fa"],
    ["fa, its title untranslated", translated, "fa"],
  ];
  for (const [name, text, lang] of cases) {
    it(`is the same markup: header, search box, Menu, timeline panel and introduction (${name})`, () => {
      const index = localiseIndex(buildIndex(parseDataset(text, "log.json")), lang);
      const drawn = fromMarkup(openingViewMarkup(index, makeI18n(lang), (kind, id) => selectionLink(`${PAGE}&lang=${lang}`, kind, id)));
      expect(drawn).toEqual(appView(text, lang));
    });
  }
});

describe("the opening view of a timeline translated in part", () => {
  // French, its title and one category translated into Arabic: the description and the other
  // category are shown in French, marked as not translated, by both.
  const generated = generateDataset(40, 3) as { categories: { id: string; label: string; translations?: object }[] };
  const json = JSON.stringify({
    ...generated,
    title: "Chronologie",
    description: "Une chronologie synthétique.",
    languages: [{ code: "fr" }, { code: "ar", translator: null, method: "human", reviewed: false }],
    translations: { ar: { title: "تسلسل زمني" } },
    categories: generated.categories.map((c, i) => (i === 0 ? { ...c, translations: { ar: { label: "فئة" } } } : c)),
  });
  const index = localiseIndex(buildIndex(parseDataset(json, "log.json")), "ar");

  it("is the same markup, marks included (ar)", () => {
    const drawn = fromMarkup(openingViewMarkup(index, makeI18n("ar"), (kind, id) => selectionLink(`${PAGE}&lang=ar`, kind, id)));
    expect(drawn).toEqual(appView(json, "ar"));
    expect(JSON.stringify(drawn)).toContain("not-translated");
  });
});
