// The bench's datasets and the sites it opens them in.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { generateDataset } from "../test-support/generateDataset.mjs";

// Datasets: the bundled one for 7 events, synthetic ones (same seed every time) for the rest.
const bundledPath = join("data", "timeline.json");
const bundled = JSON.parse(readFileSync(bundledPath, "utf8"));

/** The ways to the same dataset of `size` events: its own build (`published`, up to
 * `publishedUpTo` events), the default build (in `dist`) with `?data=`, and the same with a
 * TimelineJS file. Built sites go under `sites`. `shape`: the generator's ("spread" or "dense");
 * a dense log is measured as a log, opened with `?data=` only. */
export async function benchSites(size, { dist: DIST, sites: SITES, publishedUpTo: PUBLISHED_UP_TO, published, shape = "spread" }) {
  const ownData = shape === "spread" && (size === bundled.events.length || size === 7);
  const data = ownData ? bundled : generateDataset(size, 1, shape);
  const name = shape === "spread" ? `events-${size}.json` : `events-${shape}-${size}.json`;
  const file = ownData ? bundledPath : join(DIST, "bench", name);
  if (!ownData) writeFileSync(file, JSON.stringify(data));
  const runtimeData = ownData ? bundledPath : `bench/${name}`;
  const runtime = {
    dir: DIST,
    query: `?data=${runtimeData}`,
    deepLink: (id) => `?data=${runtimeData}#/event/${id}`,
    searchedLink: (id, query) => `?data=${runtimeData}&q=${encodeURIComponent(query)}#/event/${id}`,
    file: runtimeData,
  };
  if (size > PUBLISHED_UP_TO || !published || shape !== "spread") return { data, runtime };
  const timelineJsData = `bench/timelinejs-${size}.json`;
  writeFileSync(join(DIST, timelineJsData), JSON.stringify(asTimelineJs(data)));
  const dir = join(SITES, String(size));
  process.env.TIMELINE_DATA = file;
  // Twice: with an empty social-card cache (every card drawn), then again as a rebuild finds it.
  process.env.CARD_CACHE_DIR = join(SITES, `card-cache-${size}`);
  rmSync(process.env.CARD_CACHE_DIR, { recursive: true, force: true });
  const buildTimes = [];
  // Built for production, as `npm run build` is: the bench's earlier Vite server (the event order,
  // run through Vite) has set NODE_ENV to development, which would ship React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    await build({ logLevel: "warn", build: { outDir: dir, emptyOutDir: true } });
    buildTimes.push(performance.now() - start);
  }
  delete process.env.TIMELINE_DATA;
  delete process.env.CARD_CACHE_DIR;
  process.env.NODE_ENV = nodeEnv;
  const pages = { cold: buildTimes[0], warm: buildTimes[1] };
  return {
    data,
    pages,
    // Published: its deep link is the event's own page; opened at run time, the hash.
    published: { dir, query: "", deepLink: (id) => `event/${id}/` },
    runtime,
    timelinejs: { dir: DIST, query: `?data=${timelineJsData}`, deepLink: (id) => `?data=${timelineJsData}#event-${id}` },
  };
}

/** The same events as a TimelineJS JSON file (slides with HTML text, groups), for the cost of
 * opening one: the ids are kept as `unique_id`, so the deep link is the same event. */
export function asTimelineJs(data) {
  const labels = new Map(data.categories.map((c) => [c.id, c.label]));
  const parts = (date) => {
    const [year, month, day] = date.split("-");
    return { year, month, day };
  };
  return {
    title: { text: { headline: data.title, text: data.description ?? "" } },
    events: data.events.map((e) => ({
      unique_id: e.id,
      start_date: parts(e.date),
      ...(e.end ? { end_date: parts(e.end) } : {}),
      text: { headline: e.title, text: `<p>${e.summary}</p>` },
      group: labels.get(e.category),
    })),
  };
}
