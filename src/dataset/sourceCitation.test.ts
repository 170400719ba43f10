import { describe, expect, it } from "vitest";
import { translator } from "../lib/i18n/i18n";
import { parsePartialDate } from "../lib/dates";
import { sourceCitation, sourceCitationParts } from "./sourceCitation";

const t = translator("en");
const none = { outlet: null, citing: null, title: null, published: null };

describe("sourceCitation", () => {
  it("names a source by its outlet, whom it cites, its title and its date", () => {
    const published = parsePartialDate("2024-11-20")!;
    expect(sourceCitation({ outlet: "News.az", citing: "Iranian media", title: "T", published }, t, "en")).toBe(
      "News.az, citing Iranian media: “T” (20 November 2024)",
    );
  });

  it("falls back on whom it cites, then on its title, and says 'not stated' only when nothing is", () => {
    expect(sourceCitation({ ...none, citing: "Press TV", title: "T" }, t, "en")).toBe("Citing Press TV: “T”");
    expect(sourceCitation({ ...none, title: "T" }, t, "en")).toBe("“T”");
    expect(sourceCitation(none, t, "en")).toBe("Outlet not stated");
  });

  it("speaks the interface language", () => {
    expect(sourceCitation({ ...none, citing: "Press TV" }, translator("fa"), "fa")).toBe("به نقل از Press TV");
  });
});

describe("sourceCitationParts", () => {
  it("holds the source's own texts apart from the interface's words, in the interface's order", () => {
    const ar = translator("ar");
    const parts = sourceCitationParts({ outlet: "Le Monde", citing: "la préfecture", title: "Valence", published: null }, ar, "ar");
    expect(parts).toEqual([
      { text: "Le Monde", field: "outlet" },
      { text: "، نقلاً عن " },
      { text: "la préfecture", field: "citing" },
      { text: ": " },
      { text: "“" },
      { text: "Valence", field: "title" },
      { text: "”" },
    ]);
    expect(sourceCitationParts({ outlet: null, citing: "la préfecture", title: null, published: null }, ar, "ar")).toEqual([
      { text: "نقلاً عن " },
      { text: "la préfecture", field: "citing" },
      { text: "" },
    ]);
  });
});
