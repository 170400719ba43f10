import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addEvent, addPeriod, addSource, blankDataset } from "./draftEdits";
import { buffersOf, readDraftSlices, writeDraftSlices, type DraftSlices } from "./draftSlices";
import type { DraftDataset } from "./draftStore";

const now = () => Promise.resolve();

describe("a draft in slices", () => {
  it("reads back as it was written, whatever its items hold", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1200 }), fc.string(), fc.boolean(), async (events, title, periods) => {
        let draft: DraftDataset = { ...blankDataset(), title };
        draft = addSource(draft);
        if (periods) draft = addPeriod(draft);
        for (let i = 0; i < events; i++) draft = addEvent(draft);
        const slices = await writeDraftSlices(draft, now);
        expect(readDraftSlices(slices)).toEqual(draft);
      }),
      { numRuns: 8 },
    );
  });

  it("writes a long draft a slice a task, and stops where a pause refuses", async () => {
    let draft = blankDataset();
    for (let i = 0; i < 2000; i++) draft = addEvent(draft);
    let pauses = 0;
    const slices = await writeDraftSlices(draft, () => Promise.resolve(void pauses++));
    expect(slices.events.length).toBeGreaterThan(1);
    expect(pauses).toBe(slices.events.length + slices.sources.length + (slices.periods?.length ?? 0));
    await expect(writeDraftSlices(draft, () => Promise.reject(new Error("overtaken")))).rejects.toThrow("overtaken");
  });

  it("moves its buffers with a message: nothing is copied, nothing kept here", async () => {
    let draft = addSource(blankDataset());
    for (let i = 0; i < 2500; i++) draft = addEvent(draft);
    const slices = await writeDraftSlices(draft, now);
    const transfer = buffersOf(slices);
    expect(transfer).toHaveLength(slices.events.length + slices.sources.length);
    const { port1, port2 } = new MessageChannel();
    const arrived = new Promise<DraftSlices>((resolve) => (port2.onmessage = ({ data }) => resolve(data as DraftSlices)));
    port1.postMessage(slices, transfer);
    expect(slices.events[0]!.byteLength).toBe(0);
    expect(readDraftSlices(await arrived)).toEqual(draft);
    port1.close();
    port2.close();
  });
});
