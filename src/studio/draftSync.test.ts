import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { setAt } from "./draftEdits";
import { changes, local, receive, startSync, theirs, type Sync, type Write } from "./draftSync";

type Doc = { title: string; description: string | null; events: { title: string; summary: string[][] }[] };
const base: Doc = {
  title: "",
  description: null,
  events: [
    { title: "a", summary: [["x"]] },
    { title: "b", summary: [] },
  ],
};

/** One tab: its state, its clocks, and the notices it would show. */
class Tab {
  sync: Sync = startSync();
  overwritten: string[] = [];
  constructor(
    readonly name: string,
    public present: Doc = base,
  ) {}
  change(next: Doc, now: number): Write[] {
    const { sync, writes } = local(this.sync, this.present, next, now, this.name);
    this.sync = sync;
    this.present = next;
    return writes;
  }
  receive(writes: Write[]) {
    for (const write of writes) {
      const got = receive(this.sync, this.present, write, this.name);
      this.sync = got.sync;
      this.present = got.present;
      this.overwritten.push(...got.overwritten.map((path) => path.join(".")));
    }
  }
}

describe("changes", () => {
  it("names each changed field, an item's by its place, and a list that grew as one change", () => {
    const next = setAt(setAt(base, ["title"], "T"), ["events", 1, "title"], "B");
    expect(changes(base, next)).toEqual([
      { path: ["title"], value: "T" },
      { path: ["events", 1, "title"], value: "B" },
    ]);
    const grown = { ...base, events: [...base.events, { title: "c", summary: [] }] };
    expect(changes(base, grown)).toEqual([{ path: ["events"], value: grown.events }]);
    // Text with links is one value; an equal copy is no change.
    expect(changes(base, setAt(base, ["events", 0, "summary"], [["x", "y"]]))).toEqual([
      { path: ["events", 0, "summary"], value: [["x", "y"]] },
    ]);
    expect(changes(base, structuredClone(base))).toEqual([]);
  });
});

describe("two tabs on one draft", () => {
  it("merge edits to different fields, each tab keeping both", () => {
    const a = new Tab("a");
    const b = new Tab("b");
    const fromA = a.change({ ...a.present, title: "Title from A" }, 10);
    const fromB = b.change({ ...b.present, description: "Description from B" }, 11);
    a.receive(fromB);
    b.receive(fromA);
    expect(a.present).toEqual({ ...base, title: "Title from A", description: "Description from B" });
    expect(b.present).toEqual(a.present);
    expect([a.overwritten, b.overwritten]).toEqual([[], []]);
  });

  it("keep the later of two changes to one field, and the other tab says which field it lost", () => {
    const a = new Tab("a");
    const b = new Tab("b");
    const fromA = a.change(setAt(a.present, ["events", 0, "title"], "A's"), 10);
    const fromB = b.change(setAt(b.present, ["events", 0, "title"], "B's"), 20);
    // Whatever order the writes arrive in.
    b.receive(fromA);
    a.receive(fromB);
    expect(a.present.events[0]!.title).toBe("B's");
    expect(b.present.events[0]!.title).toBe("B's");
    expect(a.overwritten).toEqual(["events.0.title"]);
    expect(b.overwritten).toEqual([]);
  });

  it("stamp a change made after seeing another tab's later than it, whatever the clocks say", () => {
    const a = new Tab("a");
    const b = new Tab("b");
    b.receive(a.change({ ...a.present, title: "A" }, 1000));
    // B's clock is behind: its change, made after it saw A's, still wins.
    a.receive(b.change({ ...b.present, title: "AB" }, 5));
    expect(a.present.title).toBe("AB");
  });

  it("a list replaced whole keeps a later change within it", () => {
    const a = new Tab("a");
    const b = new Tab("b");
    const grown = a.change({ ...a.present, events: [...a.present.events, { title: "c", summary: [] }] }, 10);
    const renamed = b.change(setAt(b.present, ["events", 0, "title"], "renamed"), 20);
    a.receive(renamed);
    b.receive(grown);
    expect(b.present).toEqual(a.present);
    expect(a.present.events.map((e) => e.title)).toEqual(["renamed", "b", "c"]);
  });

  it("undo takes back this tab's change, not the other tab's", () => {
    const a = new Tab("a");
    const b = new Tab("b");
    const before = a.present;
    a.change({ ...a.present, title: "mine" }, 10);
    a.receive(b.change({ ...b.present, description: "theirs" }, 20));
    expect(theirs(a.sync, before, "a")).toEqual({ ...base, description: "theirs" });
  });

  it("converge, whatever the changes, and whenever and in whatever order they arrive", () => {
    const field = fc.constantFrom<(string | number)[]>(["title"], ["description"], ["events", 0, "title"], ["events", 1, "title"]);
    const step = fc.oneof(
      fc.record({ tab: fc.constantFrom(0, 1), path: field, value: fc.string({ maxLength: 3 }) }),
      fc.record({ tab: fc.constantFrom(0, 1), grow: fc.boolean() }),
      // Some of the other tab's writes arrive while this one goes on editing.
      fc.record({ tab: fc.constantFrom(0, 1), deliver: fc.nat(4) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 16 }), fc.array(fc.nat(), { minLength: 2, maxLength: 2 }), (steps, seeds) => {
        const tabs = [new Tab("a"), new Tab("b")] as const;
        // The writes each tab has yet to get.
        const pending: Write[][] = [[], []];
        steps.forEach((s, now) => {
          const tab = tabs[s.tab]!;
          if ("deliver" in s) return tab.receive(pending[s.tab]!.splice(0, s.deliver));
          // A tab edits only the items it shows.
          if ("path" in s && s.path[0] === "events" && !tab.present.events[s.path[1] as number]) return;
          const next =
            "path" in s
              ? setAt(tab.present, s.path, s.value)
              : { ...tab.present, events: s.grow ? [...tab.present.events, { title: "", summary: [] }] : tab.present.events.slice(0, -1) };
          pending[1 - s.tab]!.push(...tab.change(next, now));
        });
        // The rest in an order of their own (as a tab that catches up from storage may get them).
        tabs.forEach((tab, i) => tab.receive(shuffled(pending[i]!, seeds[i]!)));
        expect(tabs[0].present).toEqual(tabs[1].present);
      }),
    );
  });
});

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
