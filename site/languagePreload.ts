import type { OutputBundle, OutputChunk } from "rolldown";

/** Chunks a page loads only after its entry has run, unless it asks for them at once: each interface
 * language's messages (`language.ar`, `language.fa`; English is built in), and the translations'
 * digest (`textDigest`, SHA-256, for a dataset whose translations carry a basis). Per chunk name,
 * the files to preload: the chunk and the chunks it imports that the page's entry does not bring
 * already. Without them the chunk starts loading once the entry has run (one round trip later);
 * with them, beside the entry. */
export function preloadableChunks(bundle: OutputBundle): Map<string, string[]> {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === "chunk");
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const imported of byFile.get(start)?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === "index");
  const onPage = entry ? closure(entry.fileName) : new Set<string>();
  const preloadable = new Map<string, string[]>();
  for (const chunk of chunks) {
    if (/^language\.|^textDigest$/.test(chunk.name)) {
      preloadable.set(
        chunk.name,
        [...closure(chunk.fileName)].filter((file) => !onPage.has(file)),
      );
    }
  }
  return preloadable;
}

/** The `<link rel="modulepreload">` tags of a page at `path` (`ar/event/<id>/`) for `files`. Not on
 * a touch screen (`pointer: coarse`, as src/lib/touchScreen.ts): there the app, and what it loads,
 * waits for the reader's first touch, and the page fetches nothing it does not show. */
export function modulePreloads(files: readonly string[], path: string): string {
  const up = "../".repeat(path.split("/").filter(Boolean).length) || "./";
  return files
    .map((file) => `<link rel="modulepreload" crossorigin href="${up}${file}" media="not all and (pointer: coarse)">`)
    .join("\n    ");
}
