import type { Plugin } from "vite";

/** Test-only routes on the site's own origin, for what `page.route` cannot do: a server that
 * stops in the middle of a body. `/misbehaving/stall-<declared>-<sent>.json` answers with a
 * Content-Length of `declared` (none when 0), sends `sent` bytes, then holds the connection open
 * and silent until the page lets go. Wired into the preview by e2e/preview.config.ts only. */
export function misbehavingServer(): Plugin {
  return {
    name: "e2e-misbehaving-server",
    configurePreviewServer(server) {
      server.middlewares.use("/misbehaving/", (req, res, next) => {
        const stall = /^\/stall-(\d+)-(\d+)\.json$/.exec(req.url ?? "");
        if (!stall) return next();
        const [declared, sent] = [Number(stall[1]), Number(stall[2])];
        res.writeHead(200, { "content-type": "application/json", ...(declared ? { "content-length": String(declared) } : {}) });
        res.write(Buffer.alloc(sent, " "));
        // Nothing more, ever: the page must give up by itself.
        req.on("close", () => res.destroy());
      });
    },
  };
}
