import type { Category } from "../dataset/schema";
import { categoryClasses } from "./timelineItems";

/** Which colour is which category. */
export function Legend({ categories }: { categories: readonly Category[] }) {
  const classes = categoryClasses(categories);
  return (
    <ul className="legend" aria-label="Categories">
      {categories.map((category) => (
        <li key={category.id}>
          <span className={`legend-swatch ${classes.get(category.id)}`} aria-hidden="true" />
          {category.label}
        </li>
      ))}
    </ul>
  );
}
