// A second origin for the embed tests: serves e2e/parent/ on its own port. It also hosts the
// built site two folders down (/hosted/site/), as a plain static host does: files only, no
// fallback page, so a page that the build did not write is a 404.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";

const port = Number(process.argv[2] ?? 4174);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain",
  ".map": "application/json",
};
const files = new Set(["index.html", "parent.js"]);
const HOSTED = "/hosted/site/";
const dist = new URL("../dist/", import.meta.url);

async function serveHosted(path, res) {
  const name = decodeURIComponent(path.slice(HOSTED.length));
  const file = name === "" || name.endsWith("/") ? `${name}index.html` : name;
  if (file.split("/").some((part) => part === ".." || part.startsWith("."))) return res.writeHead(404).end("not found");
  try {
    const body = await readFile(new URL(file, dist));
    res.writeHead(200, { "Content-Type": types[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname.startsWith(HOSTED)) return serveHosted(url.pathname, res);
  const name = url.pathname.slice(1) || "index.html";
  if (name === "pasted.html") {
    // A page whose body is exactly the embed code a reader copied (test fixture only).
    const snippet = url.searchParams.get("snippet") ?? "";
    res.writeHead(200, { "Content-Type": types[".html"] });
    res.end(`<!doctype html><html lang="en"><title>Pasted embed</title><body style="margin:0">${snippet}</body></html>`);
    return;
  }
  if (!files.has(name)) {
    res.writeHead(404).end("not found");
    return;
  }
  const body = await readFile(new URL(`parent/${name}`, import.meta.url));
  res.writeHead(200, { "Content-Type": types[name.slice(name.lastIndexOf("."))] }).end(body);
}).listen(port, "127.0.0.1", () => console.log(`parent page on http://127.0.0.1:${port}/`));
