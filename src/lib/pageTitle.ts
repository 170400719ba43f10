/** Directional formatting characters: an override left open in a title would run on into what follows. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** A page's title: what it is about, then the timeline it belongs to ("Title · Timeline"); the
 * timeline alone for its opening page. A subject with its own direction controls is isolated
 * (U+2068 … U+2069), so nothing it opens reaches the timeline's name. */
export function pageTitle(subject: string | null | undefined, timeline: string): string {
  if (!subject) return timeline;
  return `${BIDI_CONTROL.test(subject) ? `\u2068${subject}\u2069` : subject} · ${timeline}`;
}
