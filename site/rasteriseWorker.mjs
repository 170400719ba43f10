// A worker of RasterPool (rasterPool.ts): SVG in, PNG out. Plain JavaScript, so Node runs it as it is.
import { parentPort } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";

parentPort.on("message", ({ id, svg }) => {
  try {
    const png = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
