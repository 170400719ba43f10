import { describe, expect, it } from "vitest";
import { blankDataset } from "./draftEdits";
import type { Draft } from "./draftStore";
import { journalUnsaved, takeUnsaved } from "./saveJournal";

/** A Storage as the browser's, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const draft = (key: string, savedAt: number, title: string): Draft => ({
  key,
  savedAt,
  publishArticles: false,
  dataset: { ...blankDataset(), title },
});

describe("the journal of what a leaving page had not saved", () => {
  it("gives back a draft newer than the stored one, once", () => {
    const storage = memoryStorage();
    journalUnsaved(draft("a", 2, "Talks open"), storage);
    expect(takeUnsaved(draft("a", 1, "Talks"), storage)?.dataset.title).toBe("Talks open");
    expect(takeUnsaved(draft("a", 1, "Talks"), storage)).toBeNull();
  });

  it("gives nothing back where the stored draft is as new, and takes another draft's over none", () => {
    const storage = memoryStorage();
    journalUnsaved(draft("a", 2, "Old"), storage);
    expect(takeUnsaved(draft("a", 3, "Kept"), storage)).toBeNull();
    journalUnsaved(draft("b", 2, "Other"), storage);
    expect(takeUnsaved(null, storage)?.key).toBe("b");
  });

  it("ignores what is not a draft, and storage that refuses", () => {
    const storage = memoryStorage();
    storage.setItem("timeline-studio:unsaved", "{not json");
    expect(takeUnsaved(null, storage)).toBeNull();
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    } as Storage;
    expect(() => journalUnsaved(draft("a", 1, "x"), refusing)).not.toThrow();
  });
});
