import type { TimelineOptions } from "vis-timeline/esnext";
import moment from "moment";
// The axis's month names in Arabic and Persian. Defining a locale also makes it moment's global
// default, so set that back: each timeline names its locale in its options.
import "moment/dist/locale/ar";
import "moment/dist/locale/fa";
import { ITEM_BOX } from "./itemBox";

// One set of digits per language on one screen: Arabic dates elsewhere use the Western digits of
// current CLDR (date-fns), while moment's Arabic locale writes Arabic-Indic ones. Keep its month names only.
moment.updateLocale("ar", { postformat: (text: string) => text, preparse: (text: string) => text });
moment.locale("en");

/** The options every timeline shares; the controller adds its window, its zoom and pan limits (from
 * the dataset's span: zoomLimits.ts) and its language. */
export const VIS_OPTIONS: TimelineOptions = {
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  // The view plan stacks the items (planView.ts), each lifted into its lane by its class.
  stack: false,
  orientation: { axis: "bottom", item: "bottom" },
  // The first lane starts above the period labels' strip, so no box ever covers a label.
  margin: { item: { horizontal: ITEM_BOX.gap, vertical: ITEM_BOX.labelStrip }, axis: ITEM_BOX.labelStrip },
  dataAttributes: ["event-id", "period-id", "crowd-id"],
  // Given `start` and `end`, vis-timeline stays hidden behind its loading screen until the
  // window first *changes*, which it may never do. Any `rollingMode` lets the first draw
  // show at once; `follow: false` keeps it from actually rolling with the clock.
  rollingMode: { follow: false },
};
