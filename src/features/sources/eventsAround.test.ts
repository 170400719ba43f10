import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventsAround, SOURCE_EVENTS_SHOWN } from "./eventsAround";

/** A source cited by `count` events, spread over a dataset at every `step`th position. */
const source = (count: number, step = 1) => Array.from({ length: count }, (_, i) => ({ position: i * step }));

describe("eventsAround", () => {
  it("lists a small source whole", () => {
    const events = source(5);
    expect(eventsAround(events, (e) => e.position, 2)).toEqual({ shown: events, hidden: 0 });
  });

  it("lists at most a few of 20,000 events, the selected one among its neighbours, reading few positions", () => {
    const events = source(20_000, 3);
    let reads = 0;
    const positionOf = (e: { position: number }) => {
      reads++;
      return e.position;
    };
    const { shown, hidden } = eventsAround(events, positionOf, 3 * 12_345);
    expect(shown.length).toBe(SOURCE_EVENTS_SHOWN);
    expect(hidden).toBe(20_000 - SOURCE_EVENTS_SHOWN);
    const at = shown.findIndex((e) => e.position === 3 * 12_345);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(shown.length - 1);
    expect(shown.map((e) => e.position)).toEqual(Array.from({ length: shown.length }, (_, i) => 3 * (12_345 - at + i)));
    expect(reads).toBeLessThanOrEqual(Math.ceil(Math.log2(events.length)) + 1);
  });

  it("keeps the selected event listed at either end and for any source, with the first ones when it is none of them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        (count, step, pick, limit) => {
          const events = source(count, step);
          const { shown, hidden } = eventsAround(events, (e) => e.position, count ? step * (pick % count) : undefined, limit);
          expect(shown.length).toBe(Math.min(count, limit));
          expect(hidden).toBe(count - shown.length);
          if (count) expect(shown.some((e) => e.position === step * (pick % count))).toBe(true);
          // Contiguous, in date order.
          for (let i = 1; i < shown.length; i++) expect(shown[i]!.position - shown[i - 1]!.position).toBe(step);
        },
      ),
    );
    expect(eventsAround(source(100), (e) => e.position, undefined).shown[0]!.position).toBe(0);
  });
});
