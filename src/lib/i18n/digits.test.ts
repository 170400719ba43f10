import { afterEach, describe, expect, it, vi } from "vitest";

describe("localizeDigits", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it("writes Arabic in Western digits and Persian in its own, whatever the platform's CLDR", async () => {
    // A platform with an older CLDR, where "ar" alone meant Arabic-Indic digits (as "ar-SY" still does).
    const Platform = Intl.NumberFormat;
    vi.spyOn(Intl, "NumberFormat").mockImplementation(function (locale?: string | string[], options?: Intl.NumberFormatOptions) {
      return new Platform(locale === "ar" ? "ar-SY" : locale, options);
    } as unknown as typeof Intl.NumberFormat);
    vi.resetModules();
    const { localizeDigits } = await import("./i18n");
    expect(localizeDigits("12 أبريل 2024", "ar")).toBe("12 أبريل 2024");
    expect(localizeDigits("12 آوریل 2024", "fa")).toBe("۱۲ آوریل ۲۰۲۴");
    expect(localizeDigits("2024", "en")).toBe("2024");
  });
});
