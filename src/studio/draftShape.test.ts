import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../dataset/datasetError";
import { checkDataset } from "../dataset/parse";
import { exportedDataset } from "./draftEdits";
import { readForStudio } from "./openFile";
import { toDraft } from "./draftShape";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("any file as a draft", () => {
  it("the files that blanked the studio open, each emptied field said by its path", () => {
    const { draft, notes } = toDraft(
      { version: 1, title: { a: 1 }, sources: "x", events: [null, { id: 3, title: "T", actors: "A" }] },
      "f.json",
    );
    expect(draft).toMatchObject({ title: "", sources: [], categories: [], events: [{ id: "", title: "T", actors: [] }] });
    expect(notes).toEqual([
      "title: an object where text belongs; left empty.",
      "sources: text where a list belongs; left empty.",
      "events[0]: null where an item belongs; left out.",
      "events[1].id: a number where text belongs; left empty.",
      "events[1].actors: text where a list of text belongs; left empty.",
    ]);
    expect(toDraft({ version: 1 }, "f.json").draft).toMatchObject({ title: "", categories: [], sources: [], events: [] });
    expect(() => toDraft([], "f.json")).toThrow(/f\.json is not a timeline.*this is a list/);
  });

  it("keeps fields it does not know, unless they nest too deep to carry", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    const { draft, notes } = toDraft({ version: 1, future: { a: [1] }, junk: deep }, "f.json");
    expect(draft).toMatchObject({ future: { a: [1] } });
    expect(draft).not.toHaveProperty("junk");
    expect(notes).toEqual(["junk: nested too deep to keep; left out."]);
  });

  it("whatever JSON a file holds, it opens or is refused with a DatasetError, and what opens exports and reads back", async () => {
    await fc.assert(
      // Any JSON, and objects that say they are timelines with anything in their fields.
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              version: fc.constant(1),
              title: fc.jsonValue(),
              categories: fc.jsonValue(),
              sources: fc.jsonValue(),
              events: fc.array(fc.jsonValue()),
            },
            { requiredKeys: ["version"] },
          ),
          fc.record({
            version: fc.constant(1),
            events: fc.array(fc.dictionary(fc.constantFrom("id", "title", "summary", "media", "sources", "actors"), fc.jsonValue())),
          }),
        ),
        async (value) => {
          const text = JSON.stringify(value) ?? "null";
          let opened;
          try {
            opened = await readForStudio(bytes(text), "f.json");
          } catch (error) {
            expect(error).toBeInstanceOf(DatasetError);
            return;
          }
          expect(() => checkDataset(opened.draft)).not.toThrow();
          const exported = JSON.stringify(exportedDataset(opened.draft, { withArticles: true }));
          const again = await readForStudio(bytes(exported), "f.json");
          expect(again.draft).toEqual(JSON.parse(exported));
        },
      ),
    );
  });

  it("says which keys a file gives twice, and refuses UTF-16, pictures and files past its limits by name", async () => {
    const opened = await readForStudio(bytes('{"version":1,"title":"A","title":"B","events":[]}'), "f.json");
    expect(opened.draft.title).toBe("B");
    expect(opened.notes).toContain("title: given twice in the file; the last value is kept.");
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."{}"].flatMap((c) => [c.charCodeAt(0), 0])]);
    await expect(readForStudio(utf16, "u.json")).rejects.toThrow("u.json is UTF-16 text");
    await expect(readForStudio(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "p.json")).rejects.toThrow("looks like a PNG image");
    await expect(readForStudio(new Uint8Array(20_000_001), "big.json")).rejects.toThrow(
      "big.json is 20.0 MB: the studio opens files up to 20.0 MB",
    );
    const many = JSON.stringify({ version: 1, events: Array.from({ length: 20_001 }, () => ({})) });
    await expect(readForStudio(bytes(many), "many.json")).rejects.toThrow(
      "holds 20,001 events: the studio edits timelines of up to 20,000",
    );
  });
});
