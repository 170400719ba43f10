// The parent side of the embed protocol, as a news site would write it (see docs/embedding.md).
const params = new URLSearchParams(location.search);
const frame = document.getElementById("explorer");
if (params.has("sandbox")) frame.setAttribute("sandbox", params.get("sandbox"));
if (params.has("width")) frame.style.width = `${params.get("width")}px`;
if (params.has("height")) frame.setAttribute("height", params.get("height"));
// An article's worth of text above the embed: it loads below the fold.
if (params.has("below"))
  frame.before(Object.assign(document.createElement("div"), { id: "article", style: `height:${Number(params.get("below"))}px` }));
window.received = [];
window.addEventListener("message", (e) => {
  if (e.source !== frame.contentWindow) return;
  window.received.push({ origin: e.origin, data: e.data });
  if (!params.has("fixed") && e.data && e.data.type === "timeline:height") frame.style.height = `${e.data.height}px`;
});
window.selectInEmbed = (message) => frame.contentWindow.postMessage(message, "*");
frame.src = params.get("src");
