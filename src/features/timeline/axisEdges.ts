// vis-timeline draws an axis label from its tick on, over the step to the next tick, and clips it
// there: the label of a tick just outside the frame (the first in left-to-right, the last in
// right-to-left) was cut by the frame's edge ("19" for 2019, half of "۱۰۰۰ پیش از میلاد"), and a label
// longer than its step by the next one. Such a label is hidden; the others are whole.

/** The class that hides a label. vis-timeline sets each label's class anew on every repaint, so a
 * label it moves into the frame shows again. */
export const CUT_LABEL = "axis-label-cut";

/** Hides the axis labels of `root`'s timeline whose text the frame's edges or their own step would cut. */
export function hideCutAxisLabels(root: HTMLElement): void {
  const axis = root.querySelector(".vis-time-axis.vis-foreground");
  if (!axis) return;
  const frame = axis.getBoundingClientRect();
  const range = document.createRange();
  const labels = [...axis.querySelectorAll<HTMLElement>(".vis-text")].filter((label) => label.textContent);
  // Every label measured before any is marked: a class set between two measures would have the
  // browser lay the page out again for each label.
  const cut = labels.map((label) => {
    range.selectNodeContents(label);
    const text = range.getBoundingClientRect();
    return text.left < frame.left - 0.5 || text.right > frame.right + 0.5 || label.scrollWidth > label.clientWidth + 1;
  });
  labels.forEach((label, i) => label.classList.toggle(CUT_LABEL, cut[i]));
}
