/** A page's title: what it is about, then the timeline it belongs to ("Title · Timeline"); the
 * timeline alone for its opening page. */
export function pageTitle(subject: string | null | undefined, timeline: string): string {
  return subject ? `${subject} · ${timeline}` : timeline;
}
