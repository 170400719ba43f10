/** How many category colours the stylesheet defines (`.category-0` … in theme.css). */
export const CATEGORY_COLOURS = 6;

/** The CSS class colouring each category: by its position, never from its (untrusted) id. */
export function categoryClasses(categories: readonly { id: string }[]): Map<string, string> {
  return new Map(categories.map((c, i) => [c.id, `category-${i % CATEGORY_COLOURS}`]));
}
