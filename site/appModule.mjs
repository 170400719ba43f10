// The app's own code (TypeScript, JSX, CSS imports) run in Node: what the build's prerender and
// `npm run import` share.
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

/** Loads the app's module at `file` (a file URL, beside the caller's `import type` of the same
 * module, which is what types it) through a throw-away Vite server (with `plugins`, for what the
 * module imports). Call `close` when done with it. */
export async function loadAppModule(file, plugins = []) {
  const server = await createServer({
    configFile: false,
    logLevel: "error",
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: "custom",
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins,
  });
  try {
    return { module: await server.ssrLoadModule(fileURLToPath(file)), close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
