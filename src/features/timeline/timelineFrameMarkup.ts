import type { I18n } from "../../lib/i18n/i18n";
import { h, slot, type Markup } from "../../lib/markup";

/** The timeline's panel (TimelineFrame): heading, the keyboard-driven frame (empty here: it holds
 * the first paint's plan and vis-timeline), hint and zoom buttons, enabled once they can zoom.
 * Slots: `frame`, `zoom-in`, `zoom-out`, `show-all`. */
export function timelineFrameMarkup({ t }: Pick<I18n, "t">, title: string, zoomable: boolean): Markup {
  const disabled = zoomable ? undefined : "";
  return h("section", { class: "timeline-panel", "aria-labelledby": "timeline-heading" }, [
    h("h2", { id: "timeline-heading", class: "visually-hidden" }, [t("timelineHeading")]),
    slot(
      "frame",
      h("div", {
        class: "timeline",
        "data-testid": "timeline",
        tabindex: 0,
        role: "group",
        "aria-label": t("timelineLabel", { title }),
        "aria-describedby": "timeline-hint",
      }),
    ),
    // Below the timeline, so the timeline itself comes first on every screen.
    h("div", { class: "timeline-toolbar" }, [
      // The one that fits the screen shows: touch words on a touch screen.
      h("p", { class: "timeline-hint", id: "timeline-hint" }, [
        h("span", { class: "hint-pointer" }, [t("timelineHint")]),
        h("span", { class: "hint-touch" }, [t("timelineHintTouch")]),
      ]),
      h("div", { class: "timeline-zoom", role: "group", "aria-label": t("zoom") }, [
        slot("zoom-in", h("button", { type: "button", "aria-label": t("zoomIn"), disabled }, ["+"])),
        slot("zoom-out", h("button", { type: "button", "aria-label": t("zoomOut"), disabled }, ["−"])),
        slot("show-all", h("button", { type: "button", disabled }, [t("showAll")])),
      ]),
    ]),
  ]);
}
