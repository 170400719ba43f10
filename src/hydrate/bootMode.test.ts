import { describe, expect, it } from "vitest";
import { bootMode } from "./bootMode";

const SITE = "https://timeline.example/iran-syria/";
const mode = (path: string, prerendered: boolean, touchScreen: boolean) => bootMode({ href: SITE + path, prerendered, touchScreen }).kind;

describe("how the page starts", () => {
  it("over a prerendered page: waits for the reader on a touch screen, hydrates with a mouse", () => {
    expect(mode("", true, true)).toBe("waiting");
    expect(mode("", true, false)).toBe("hydrating");
    expect(mode("event/x/", true, true)).toBe("waiting");
  });

  it("hydrates at once where the hash asks for what the prerendered page does not show", () => {
    expect(mode("#/event/x", true, true)).toBe("hydrating");
    expect(mode("event/x/#/period/p", true, true)).toBe("hydrating");
  });

  it("paints a ?data= file's plain opening view without the app on a touch screen only", () => {
    expect(mode("?data=log.json", false, true)).toBe("painting");
    expect(mode("?data=log.json", false, false)).toBe("app");
    for (const path of ["?data=log.json&embed=1", "?data=log.json#/event/x", "?data=log.json&q=x", "?data=log.json&categories=a", ""])
      expect(mode(path, false, true)).toBe("app");
  });

  it("leaves a refused address to the app, which explains it", () => {
    expect(mode("?data=https://elsewhere.example/x.json", false, true)).toBe("app");
  });

  it("reads the dataset's address once, for every way", () => {
    const painting = bootMode({ href: `${SITE}?data=files/log.json`, prerendered: false, touchScreen: true });
    expect(painting.dataset).toMatchObject({ ok: true, url: `${SITE}files/log.json`, label: "files/log.json" });
    expect(bootMode({ href: SITE, prerendered: true, touchScreen: false }).dataset).toMatchObject({
      ok: true,
      url: `${SITE}data/timeline.json`,
    });
  });
});
