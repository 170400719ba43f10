import type { HtmlTagDescriptor, Plugin } from "vite";
import { DEFAULT_DATASET } from "../src/dataset/datasetUrl.ts";

/** The `<link rel="preload">` that starts the default dataset's download as soon as the HTML
 * arrives, not after the app starts. (vis-timeline's chunk is not preloaded: the first view
 * doesn't need it, and it would compete with what does.) */
export const datasetPreloadTag: HtmlTagDescriptor = {
  tag: "link",
  attrs: { rel: "preload", href: `./${DEFAULT_DATASET}`, as: "fetch", type: "application/json", crossorigin: "anonymous" },
  injectTo: "head",
};

export function datasetPreload(): Plugin {
  return { name: "dataset-preload", apply: "build", transformIndexHtml: () => [datasetPreloadTag] };
}
