// A second origin for the embed tests: serves e2e/parent/ on its own port.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";

const port = Number(process.argv[2] ?? 4174);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript" };
const files = new Set(["index.html", "parent.js"]);

createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
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
