import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build, type Plugin, type PluginOption } from "vite";
import { contentSecurityPolicyMeta } from "./contentSecurityPolicy.ts";

/** The studio (studio/index.html, and the preview frame it draws the draft in) as pages of the
 * site built in their own pass, once the explorer's is written: their own entries, chunks and
 * stylesheet under `studio/`, so not a byte of them reaches the explorer's pages (whose one
 * stylesheet holds everything their first paint needs). `plugins`: the ones the explorer's code
 * needs to compile (the preview runs the explorer itself). */
export function studioPages(plugins: () => PluginOption[]): Plugin {
  let outDir = "dist";
  let root = process.cwd();
  // As the explorer's pass: `vite build --minify false` (for a profile) reaches the studio too.
  let minify: boolean | "oxc" | "terser" | "esbuild" = true;
  // Rollup closes the bundle of a failed build too: the studio is built beside a written explorer only.
  let explorerWritten = false;
  return {
    name: "studio-pages",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      minify = config.build.minify;
    },
    buildStart() {
      explorerWritten = false;
    },
    writeBundle() {
      explorerWritten = true;
    },
    async closeBundle() {
      if (!explorerWritten) return;
      await build({
        configFile: false,
        root: resolve(root, "studio"),
        base: "./",
        publicDir: false,
        logLevel: "warn",
        plugins: [react(), ...plugins(), contentSecurityPolicyMeta()],
        worker: { format: "es" },
        build: {
          target: "es2022",
          outDir: resolve(outDir, "studio"),
          emptyOutDir: true,
          sourcemap: true,
          minify,
          rollupOptions: { input: { index: resolve(root, "studio/index.html"), preview: resolve(root, "studio/preview.html") } },
        },
      });
    },
  };
}
