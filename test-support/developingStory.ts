import { readFileSync } from "node:fs";

/** A correction whose note would run a script wherever text became markup. */
export const HOSTILE_CORRECTION = "</script><script>alert(1)</script><!-- Corrected:\u2028the minister's name & ]]> done";

/** The event the hostile correction is on, and the one updated then corrected. */
export const STORY = { hostile: "2024-11-20-pezeshkian-meets-sabbagh", corrected: "2024-05-30-assad-visits-tehran" } as const;

/** The bundled dataset as a developing story: an event updated then corrected, another corrected with a
 * hostile note, and the timeline's `updated` after both. */
export function developingStory(): { updated: string; events: { id: string; updates?: unknown[] }[] } & Record<string, unknown> {
  const dataset = JSON.parse(readFileSync(new URL("../data/timeline.json", import.meta.url), "utf8"));
  dataset.updated = "2024-11-22T12:00:00Z";
  for (const event of dataset.events) {
    if (event.id === STORY.corrected)
      event.updates = [
        { date: "2024-06-02", kind: "update", note: "Added the Leader's office readout as a source." },
        { date: "2024-06-03T10:00:00Z", kind: "correction", note: "The meeting was on 30 May, not 31 May." },
      ];
    if (event.id === STORY.hostile) event.updates = [{ date: "2024-11-21T08:30:00Z", kind: "correction", note: HOSTILE_CORRECTION }];
  }
  return dataset;
}
