/** Every key the app answers (outside text fields), named once: the timeline's (timelineKeys.ts),
 * the search field's (SearchBox.tsx), and so the keys a prerendered page holds for the app until
 * it has started (earlyEvents.ts). */
export const APP_KEYS = {
  /** Later and earlier along the axis: which arrow is which depends on the page's direction. */
  right: "ArrowRight",
  left: "ArrowLeft",
  later: "ArrowDown",
  earlier: "ArrowUp",
  first: "Home",
  last: "End",
  zoomIn: ["+", "="],
  zoomOut: ["-", "_"],
  search: "/",
  clearSearch: "Escape",
} as const;

export const ALL_APP_KEYS: ReadonlySet<string> = new Set(Object.values(APP_KEYS).flat());
