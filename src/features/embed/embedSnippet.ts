import { HEIGHT_MESSAGE } from "./embedProtocol";
import { hrefWithEvent } from "../../url/urlState";

/** The address of the embed: this page with `?embed=1` and the event selected. */
export function embedUrl(pageHref: string, eventId: string | null): string {
  const url = new URL(hrefWithEvent(pageHref, eventId));
  url.searchParams.set("embed", "1");
  return url.href;
}

/** The link to the full explorer from an embed: the same page without `?embed=1`, relative, so the
 * page prerendered at build time carries the link that the page on any host would. */
export function fullExplorerHref(pageHref: string): string {
  const url = new URL(pageHref);
  url.searchParams.delete("embed");
  return `./${url.search}${url.hash}`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The iframe's height before its content reports its own. */
export const EMBED_HEIGHT = 640;

/** A ready `<iframe>` and a few lines of script that size it to its content. */
export function embedSnippet(pageHref: string, eventId: string | null, title: string, height = EMBED_HEIGHT): string {
  const src = embedUrl(pageHref, eventId);
  const origin = new URL(src).origin;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" allow="clipboard-write"></iframe>
<script>
  // Grow the timeline's iframe to fit its content, so it never shows a scrollbar.
  window.addEventListener("message", function (e) {
    if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== ${JSON.stringify(HEIGHT_MESSAGE)}) return;
    document.querySelectorAll("iframe").forEach(function (f) {
      if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
    });
  });
</script>`;
}
