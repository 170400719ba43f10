import { describe, expect, it } from "vitest";
import { languageHead, ogLocale, withPageLanguage } from "./languagePages";
import type { SharePage } from "./render/sharePages";
import { sitemapXml } from "./sitemap";
import { bidiRuns } from "./socialCard";

const alternates = [
  { lang: "en", path: "event/e/" },
  { lang: "ar", path: "ar/event/e/" },
  { lang: "fa", path: "fa/event/e/" },
];
const page = (lang: string, path: string) => ({ lang, path, alternates, dir: "rtl", translated: true }) as unknown as SharePage;

describe("a page's versions in the site's languages", () => {
  it("names its locale, the others', and each version with x-default, absolute given the site's address", () => {
    const head = languageHead(page("ar", "ar/event/e/"), "https://news.example/t/");
    expect(head).toContain('<meta property="og:locale" content="ar_AR">');
    expect([...head.matchAll(/og:locale:alternate" content="([^"]+)"/g)].map((m) => m[1])).toEqual(["en_US", "fa_IR"]);
    expect([...head.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ["en", "https://news.example/t/event/e/"],
      ["ar", "https://news.example/t/ar/event/e/"],
      ["fa", "https://news.example/t/fa/event/e/"],
      ["x-default", "https://news.example/t/event/e/"],
    ]);
  });

  it("links relative to the page without the site's address, and says nothing for one language", () => {
    expect(languageHead(page("fa", "fa/event/e/"), null)).toContain('hreflang="en" href="../../../event/e/"');
    expect(languageHead({ ...page("en", ""), alternates: [] }, null)).toBe("");
  });

  it("writes a translation's page in its language and direction, and leaves the original's", () => {
    expect(withPageLanguage('<html lang="en">\n<head>', page("ar", "ar/"))).toBe('<html lang="ar" dir="rtl">\n<head>');
    expect(withPageLanguage('<html lang="en">', { lang: "en", dir: "ltr", translated: false })).toBe('<html lang="en">');
  });

  it("gives Open Graph's locales", () => {
    expect(["en", "ar", "fa", "zh-TW", "sw"].map(ogLocale)).toEqual(["en_US", "ar_AR", "fa_IR", "zh_TW", "sw"]);
  });

  it("lists each page's versions in the sitemap", () => {
    const xml = sitemapXml("https://news.example/t/", [{ path: "ar/event/e/", alternates }]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain("<loc>https://news.example/t/ar/event/e/</loc>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://news.example/t/event/e/"/>');
  });
});

describe("a card's words in reading order", () => {
  it("keeps each right-to-left word a run of its own, and a Latin name's words together in their order", () => {
    expect(bidiRuns("الأسد يلتقي Bashar al-Assad في طهران")).toEqual([
      { text: "الأسد", rtl: true },
      { text: "يلتقي", rtl: true },
      { text: "Bashar al-Assad", rtl: false },
      { text: "في", rtl: true },
      { text: "طهران", rtl: true },
    ]);
  });

  it("keeps a number with Latin words beside it, and with the Arabic ones otherwise", () => {
    expect(bidiRuns("Tehran 2024 في")).toEqual([
      { text: "Tehran 2024", rtl: false },
      { text: "في", rtl: true },
    ]);
    expect(bidiRuns("٣٠ مايو 2024").map((r) => r.rtl)).toEqual([true, true, true]);
  });
});
