import type { Plugin } from "vite";

/** vis-timeline copies its whole table of built-in locales (40 of them, each a small object) into
 * every item it creates, for a "delete" button's tooltip that only editable timelines show: at
 * thousands of events, megabytes of heap spent on nothing (see docs/performance.md). This build-time change leaves the
 * table with English alone: the one locale the library's own strings ever fall back to. (Our axis
 * labels come from moment's locales, and our interface text from our own catalogues.) */
export function trimVisLocales(source: string): string {
  const table = /const locales = \{\s*en,[\s\w,]*\};/;
  if (!table.test(source)) {
    // A new vis-timeline release may have moved things: say so rather than silently doing nothing.
    throw new Error("trimVisLocales: vis-timeline's `const locales = { en, … }` table was not found; check the vis-timeline upgrade");
  }
  // As many lines as before, so the library's source map still points at the right lines.
  return source.replace(table, (whole) => "const locales = { en };" + "\n".repeat(whole.split("\n").length - 1));
}

/** The Vite plugin: applies the trim to vis-timeline's ES module build as it is bundled. */
export function visTimelineLocales(): Plugin {
  return {
    name: "vis-timeline-locales",
    transform: {
      filter: { id: /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]/ },
      handler: (code) => ({ code: trimVisLocales(code), map: null }),
    },
  };
}
