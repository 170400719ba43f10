import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translator } from "../lib/i18n/i18n";
import {
  checksOnReturn,
  conditionalHeaders,
  describeDiff,
  diffDatasets,
  diffFingerprints,
  fingerprintsOf,
  heldAfter,
  isUnchanged,
  nextCheckIn,
  releasedBy,
  type HeldVersions,
  type VersionEvent,
} from "./datasetVersion";
import { validatorsOf } from "./loadedVersions";
import { parseDataset } from "./readDatasetNow";

const raw = JSON.parse(readFileSync(new URL("../../data/timeline.json", import.meta.url), "utf8"));
const read = (data: unknown) => parseDataset(JSON.stringify(data), "test.json");
const copy = () => structuredClone(raw);

describe("conditional requests", () => {
  it("asks with the ETag where there is one, else the date, else plainly", () => {
    const headers = new Headers({ etag: 'W/"12-34"', "last-modified": "Sun, 06 Dec 2026 23:00:00 GMT" });
    expect(conditionalHeaders(validatorsOf(headers))).toEqual({ "If-None-Match": 'W/"12-34"' });
    expect(conditionalHeaders({ etag: null, lastModified: "Sun, 06 Dec 2026 23:00:00 GMT" })).toEqual({
      "If-Modified-Since": "Sun, 06 Dec 2026 23:00:00 GMT",
    });
    expect(conditionalHeaders({ etag: null, lastModified: null })).toEqual({});
  });
});

describe("the check policy", () => {
  it("checks every refresh seconds after the last check, while visible", () => {
    expect(nextCheckIn({ refresh: 300, visible: true, lastCheck: 1000, now: 1000 })).toBe(300_000);
    expect(nextCheckIn({ refresh: 300, visible: true, lastCheck: 1000, now: 101_000 })).toBe(200_000);
    expect(nextCheckIn({ refresh: 2, visible: true, lastCheck: 0, now: 9000 })).toBe(0);
  });

  it("never checks with refresh 0, nor while hidden", () => {
    expect(nextCheckIn({ refresh: 0, visible: true, lastCheck: 0, now: 0 })).toBeNull();
    expect(nextCheckIn({ refresh: 300, visible: false, lastCheck: 0, now: 0 })).toBeNull();
  });

  it("checks on coming back into view, unless it never checks or has just checked", () => {
    expect(checksOnReturn({ refresh: 300, lastCheck: 0, now: 5000 })).toBe(true);
    expect(checksOnReturn({ refresh: 300, lastCheck: 4500, now: 5000 })).toBe(false);
    expect(checksOnReturn({ refresh: 0, lastCheck: 0, now: 5000 })).toBe(false);
  });

  it("never waits longer than refresh seconds, nor less than nothing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 86_400 }), fc.nat(), fc.nat(), (refresh, lastCheck, elapsed) => {
        const wait = nextCheckIn({ refresh, visible: true, lastCheck, now: lastCheck + elapsed })!;
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(wait).toBeLessThanOrEqual(refresh * 1000);
      }),
    );
  });
});

describe("the versions a page lets go (and ends the workers of)", () => {
  it("lets the shown version go once the reader accepts the waiting one", () => {
    expect(releasedBy({ type: "accepted" }, { shown: "v1", pending: "v2" })).toEqual(["v1"]);
    expect(heldAfter({ type: "accepted" }, { shown: "v1", pending: "v2" })).toEqual({ shown: "v2", pending: null });
    expect(releasedBy({ type: "accepted" }, { shown: "v1", pending: null })).toEqual([]);
  });

  it("lets a waiting version go once a newer check supersedes it, or finds the shown one again", () => {
    expect(releasedBy({ type: "found", version: "v3", changed: true }, { shown: "v1", pending: "v2" })).toEqual(["v2"]);
    expect(releasedBy({ type: "found", version: "v1b", changed: false }, { shown: "v1", pending: "v2" })).toEqual(["v2", "v1b"]);
    expect(releasedBy({ type: "found", version: "v2", changed: true }, { shown: "v1", pending: null })).toEqual([]);
  });

  it("lets the waiting version go when the page stops checking, and keeps the shown one", () => {
    expect(releasedBy({ type: "left" }, { shown: "v1", pending: "v2" })).toEqual(["v2"]);
    expect(releasedBy({ type: "left" }, { shown: "v1", pending: null })).toEqual([]);
  });

  it("lets go exactly what it held or found and holds no more, each once", () => {
    const version = fc.constantFrom("a", "b", "c");
    const event: fc.Arbitrary<VersionEvent<string>> = fc.oneof(
      fc.record({ type: fc.constant("found" as const), version, changed: fc.boolean() }),
      fc.constant({ type: "accepted" as const }),
      fc.constant({ type: "left" as const }),
    );
    fc.assert(
      fc.property(
        fc.record({ shown: version, pending: fc.option(version, { nil: null }) }),
        event,
        (held: HeldVersions<string>, happened) => {
          const after = heldAfter(happened, held);
          const released = releasedBy(happened, held);
          const before = [held.shown, held.pending, happened.type === "found" ? happened.version : null];
          expect(new Set(released).size).toBe(released.length);
          for (const v of released) expect(before).toContain(v);
          for (const v of before) if (v !== null) expect(released.includes(v)).toBe(v !== after.shown && v !== after.pending);
        },
      ),
    );
  });
});

describe("diffDatasets", () => {
  it("finds nothing between a timeline and itself", () => {
    const diff = diffDatasets(read(raw), read(copy()));
    expect(diff).toEqual({ updated: [], added: [], removed: [], other: false });
    expect(isUnchanged(diff)).toBe(true);
  });

  it("tells updated, new and removed events apart", () => {
    const next = copy();
    next.events[0].summary = "A corrected summary.";
    next.events[1].updates = [{ date: "2024-12-01", kind: "correction", note: "The date was wrong." }];
    const gone = next.events.pop();
    next.events.push({ ...structuredClone(next.events[2]), id: "2024-12-08-new-event", date: "2024-12-08" });
    const diff = diffDatasets(read(raw), read(next));
    expect(diff.updated).toEqual([raw.events[0].id, raw.events[1].id]);
    expect(diff.added).toEqual(["2024-12-08-new-event"]);
    expect(diff.removed).toEqual([gone.id]);
    expect(diff.other).toBe(false);
  });

  it("notices a change beside the events (the title, a source)", () => {
    const next = copy();
    next.sources[0].summary = "Another summary.";
    const diff = diffDatasets(read(raw), read(next));
    expect(diff).toEqual({ updated: [], added: [], removed: [], other: true });
    expect(isUnchanged(diff)).toBe(false);
  });
});

describe("diffFingerprints", () => {
  it("finds what diffDatasets finds, from what the worker keeps of each version", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: raw.events.length - 1 }), { maxLength: 4 }),
        fc.string(),
        fc.boolean(),
        fc.boolean(),
        (touched, text, drop, retitle) => {
          const next = copy();
          for (const i of touched) next.events[i].summary = `${text}.`;
          if (drop) next.events.pop();
          if (retitle) next.title = `${next.title} (${text})`;
          next.events.push({ ...structuredClone(next.events[0]), id: "2024-12-09-added", date: "2024-12-09" });
          const [before, after] = [read(raw), read(next)];
          expect(diffFingerprints(fingerprintsOf(before), fingerprintsOf(after))).toEqual(diffDatasets(before, after));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("tells one character's change of one event", () => {
    const next = copy();
    next.events[3].title = next.events[3].title.replace(/.$/, "!");
    expect(diffFingerprints(fingerprintsOf(read(raw)), fingerprintsOf(read(next))).updated).toEqual([raw.events[3].id]);
  });
});

describe("describeDiff", () => {
  const diff = { updated: ["a", "b"], added: ["c"], removed: [], other: false };
  it("counts what changed, in each language", () => {
    expect(describeDiff(diff, translator("en"))).toBe("2 events updated, 1 new");
    expect(describeDiff({ ...diff, updated: ["a"], removed: ["d", "e"] }, translator("en"))).toBe("1 event updated, 1 new, 2 removed");
    expect(describeDiff(diff, translator("ar"))).toBe("حُدِّث حدثان، حدث جديد واحد");
    expect(describeDiff(diff, translator("fa"))).toBe("۲ رویداد به‌روز شد، ۱ رویداد تازه");
  });

  it("says the details changed where no event did", () => {
    expect(describeDiff({ updated: [], added: [], removed: [], other: true }, translator("en"))).toBe("its details changed");
  });
});
