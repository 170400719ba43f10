import type { ChangeLog, ChangeLogEvent } from "./render/changeLog.ts";

/** A note that would run a script wherever text becomes markup. */
export const HOSTILE_NOTE = "</script><script>alert(1)</script> & ]]> <!-- \u2028 done";

const event = (id: string, date: string, title: string, updates: ChangeLogEvent["updates"] = []): ChangeLogEvent => ({
  id,
  path: `event/${encodeURIComponent(id)}/`,
  title,
  summary: `${title}, in the project's own words.`,
  date,
  end: null,
  place: "Tehran",
  category: { id: "diplomacy", label: "Diplomacy" },
  updates,
});

/** A timeline of three events, one updated then corrected, one clarified with a hostile note. */
export const fixtureLog: ChangeLog = {
  title: "Iran–Syria relations",
  description: "Meetings & strikes",
  language: "en",
  updated: "2024-11-21T09:00:00Z",
  events: [
    event("2020-07-agreement", "2020-07", "Military agreement"),
    event("2024-05-30-meeting", "2024-05-30", "Assad meets Khamenei", [
      { date: "2024-06-02", kind: "update", note: "Added the official readout as a source." },
      { date: "2024-06-03T10:00:00Z", kind: "correction", note: "The meeting was on 30 May, not 31 May." },
    ]),
    event("دیدار", "2024-11-20", "Pezeshkian meets al-Sabbagh", [{ date: "2024-11-21T08:30", kind: "clarification", note: HOSTILE_NOTE }]),
  ],
};
