import { describe, expect, it } from "vitest";
import { isFramed, isInOwnStudio } from "./framing";

const page = (href: string) => ({ origin: new URL(href).origin, pathname: new URL(href).pathname });

describe("framing", () => {
  it("a page is framed when its top is another window, or one it may not read", () => {
    const self = {} as Window;
    expect(isFramed({ top: self, self } as unknown as Window)).toBe(false);
    expect(isFramed({ top: {}, self } as unknown as Window)).toBe(true);
    const crossOrigin = Object.defineProperty({ self }, "top", {
      get() {
        throw new Error("cross-origin");
      },
    });
    expect(isFramed(crossOrigin as unknown as Window)).toBe(true);
  });

  it("the preview runs only with a studio page of its own origin as its parent", () => {
    const frame = (parentHref: string | null) => {
      const self = {};
      const parent =
        parentHref === null
          ? self
          : Object.defineProperty({}, "location", {
              get() {
                if (!parentHref.startsWith("https://news.example/")) throw new Error("cross-origin");
                return page(parentHref);
              },
            });
      return { self, parent, location: page("https://news.example/site/studio/preview.html") } as unknown as Window;
    };
    expect(isInOwnStudio(frame("https://news.example/site/studio/"))).toBe(true);
    expect(isInOwnStudio(frame("https://news.example/site/studio/index.html"))).toBe(true);
    expect(isInOwnStudio(frame(null))).toBe(false);
    expect(isInOwnStudio(frame("https://news.example/site/"))).toBe(false);
    expect(isInOwnStudio(frame("https://evil.example/studio/"))).toBe(false);
  });
});
