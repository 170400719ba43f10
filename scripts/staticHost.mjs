// A static host as real ones are: files from a folder, `index.html` for a folder, text gzipped
// when the browser accepts it. `mounts` maps a path prefix to a folder ("/" last). For the phone
// bench: `vite preview` does not compress, and a phone's figures without compression are not
// what a reader gets.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".xml"]);

/** Starts the host on `port` (127.0.0.1); resolves to a function that stops it. */
export function startStaticHost(mounts, port) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://host").pathname);
    const [prefix, dir] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? [];
    if (!dir) return void res.writeHead(404).end();
    let file = join(dir, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ""));
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    res.writeHead(200, {
      "content-type": TYPES[ext] ?? "application/octet-stream",
      ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : { "content-length": statSync(file).size }),
    });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(() => new Promise((done) => server.close(done)))));
}
