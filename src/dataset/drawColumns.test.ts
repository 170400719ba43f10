import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../test-support/generateDataset.mjs";
import { buildIndex, type DatasetIndex } from "./datasetIndex";
import type { DatasetWorker } from "./datasetFetch";
import { validateDataset } from "./parse";
import { indexFromWorker } from "./workerClient";
import type { FromWorker, ToWorker } from "./workerProtocol";

const COUNT = 12_000;
const raw = generateDataset(COUNT, 7, "dense") as unknown as { events: { date: string; end: string | null }[] };
const bytes = new TextEncoder().encode(JSON.stringify(raw));

/** The dataset worker (datasetWorker.ts) run here, on a stand-in for its global scope: every message it posts. */
async function workerMessages(): Promise<FromWorker[]> {
  const posted: FromWorker[] = [];
  const scope = { postMessage: (message: FromWorker) => posted.push(structuredClone(message)), onmessage: null as unknown };
  Object.assign(globalThis, { self: scope });
  await import("./datasetWorker");
  const handle = scope.onmessage as (event: { data: ToWorker }) => Promise<void>;
  await handle({ data: { type: "parse", bytes: bytes.slice().buffer, label: "dense.json" } });
  return posted;
}

/** A DatasetWorker handing `messages` to the page's side, one task each, as a worker would. */
function replay(messages: FromWorker[], seen: (message: FromWorker) => void): DatasetWorker {
  return {
    worker: { terminate() {}, postMessage() {} } as unknown as Worker,
    listen(handler) {
      void (async () => {
        for (const message of messages) {
          await new Promise((resolve) => setTimeout(resolve));
          seen(message);
          handler(message);
        }
      })();
    },
  };
}

describe("a large plain log's first screen from its drawing columns", () => {
  let messages: FromWorker[];
  let expected: DatasetIndex;
  beforeAll(async () => {
    messages = await workerMessages();
    expected = buildIndex(validateDataset(raw, "dense.json"));
  }, 60_000);
  afterAll(() => {
    Reflect.deleteProperty(globalThis, "self");
  });

  it("sends the page no event as an object or as JSON before the first screen", () => {
    const done = messages.findIndex((message) => message.type === "done");
    const before = messages.slice(0, done);
    // The head, then the columns in messages of a few thousand events (a short task each on the page).
    expect(before.map((message) => message.type)).toEqual(["head", "columns", "columns", "columns"]);
    const columns = before.flatMap((message) => (message.type === "columns" ? [message.columns] : []));
    expect(columns.reduce((count, column) => count + column.count, 0)).toBe(COUNT);
    expect(columns.every((column) => column.date instanceof Uint32Array)).toBe(true);
    // What the page parses before it can draw: each distinct date once over all the columns (a few
    // thousand over five years, whatever the count of events), not 12,000 events.
    const texts = new Set(raw.events.flatMap((event) => [event.date, event.end].filter((date) => date !== null)));
    const dates = columns.flatMap((column) => JSON.parse(column.dates) as unknown[]);
    expect(dates.length).toBe(texts.size);
    expect(columns.reduce((chars, column) => chars + column.dates.length, 0)).toBeLessThan(bytes.length / 10);
    // The records follow the first screen, then the full check's verdict.
    expect(messages.slice(done + 1).map((message) => message.type)).toEqual([...Array<string>(6).fill("records"), "recorded", "checked"]);
  });

  it("draws from the columns, and ends with every event's record, as the schema reads it", async () => {
    let received = 0;
    const index = await indexFromWorker(
      replay(messages, () => received++),
      () => {},
    );
    // Resolved at `done`: the records are still to come; each distinct date is one object.
    expect(received).toBe(5);
    expect(index.records?.get()).toBe("arriving");
    expect(index.events.map((event) => [event.id, event.title, event.category, event.date.text, event.end?.text])).toEqual(
      expected.events.map((event) => [event.id, event.title, event.category, event.date.text, event.end?.text]),
    );
    expect(new Set(index.events.map((event) => event.date)).size).toBe(new Set(index.events.map((event) => event.date.text)).size);
    await new Promise<void>((resolve) => {
      const stop = index.records!.subscribe(() => void (stop(), resolve()));
    });
    expect(index.events).toEqual(expected.events);
    expect(index.eventsBySource).toEqual(expected.eventsBySource);
    expect(index.positionById).toEqual(expected.positionById);
  }, 60_000);
});
