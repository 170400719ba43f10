import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amend, MAX_STEPS, record, redo, startHistory, STEP_PAUSE_MS, undo } from "./history";

describe("history", () => {
  it("undoes and redoes each step", () => {
    let h = startHistory("a");
    h = record(h, "ab", null, 0);
    h = record(h, "abc", null, 10);
    expect(undo(h).present).toBe("ab");
    expect(undo(undo(h)).present).toBe("a");
    expect(redo(undo(undo(h))).present).toBe("ab");
    expect(undo(startHistory("x")).present).toBe("x");
    expect(redo(h)).toBe(h);
  });

  it("keeps a run of typing in one field as one step, and a pause or another field as a new one", () => {
    let h = startHistory("");
    h = record(h, "T", "title", 0);
    h = record(h, "Te", "title", 200);
    h = record(h, "Teh", "title", 400);
    expect(undo(h).present).toBe("");
    h = record(h, "Teh!", "title", 400 + STEP_PAUSE_MS + 1);
    expect(undo(h).present).toBe("Teh");
    h = record(h, "Teh!?", "summary", 400 + STEP_PAUSE_MS + 2);
    expect(undo(h).present).toBe("Teh!");
  });

  it("drops the redo steps on a new change", () => {
    let h = record(record(startHistory(0), 1, null, 0), 2, null, 1);
    h = record(undo(h), 5, null, 2);
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe(1);
  });

  it("keeps at most MAX_STEPS", () => {
    let h = startHistory(0);
    for (let i = 1; i <= MAX_STEPS + 50; i++) h = record(h, i, null, i);
    expect(h.past).toHaveLength(MAX_STEPS);
  });

  it("undoing every step and redoing them all returns to where it was", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), (values) => {
        let h = startHistory(-1);
        values.forEach((v, i) => (h = record(h, v, null, i)));
        const end = h.present;
        const steps = h.past.length;
        for (let i = 0; i < steps; i++) h = undo(h);
        expect(h.past).toHaveLength(0);
        for (let i = 0; i < steps; i++) h = redo(h);
        expect(h.present).toBe(end);
      }),
    );
  });

  it("an amendment (an export's fixed ids) is no step, and stays made whatever is undone or redone", () => {
    const upper = (text: string) => text.toUpperCase();
    let h = startHistory("a");
    h = record(h, "ab", null, 0);
    h = record(h, "abc", null, 10);
    h = amend(h, upper);
    expect(h.present).toBe("ABC");
    expect(h.past).toHaveLength(2);
    expect(undo(h).present).toBe("AB");
    expect(undo(undo(h)).present).toBe("A");
    expect(redo(undo(undo(h))).present).toBe("AB");
    // Undo then a new step: the amendment still holds for what is undone after it.
    expect(undo(record(undo(h), "ABx", null, 20)).present).toBe("AB");
  });
});
