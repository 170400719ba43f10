#!/usr/bin/env node
// Writes a valid synthetic dataset of N events in the timeline format, the same for the same seed.
// Usage: node test-support/generateDataset.mjs <events> [seed] [spread|dense] > out.json
//
// Two shapes: "spread" (the default) spreads the events over 2000–2024, most known to the day; "dense"
// is a researcher's conflict log, all of them in 2020–2024, 80% known to the day, 15% only to the
// month, 5% only to the year.

const CATEGORIES = [
  { id: "security", label: "Security" },
  { id: "leadership", label: "Leadership" },
  { id: "diplomacy", label: "Diplomacy" },
  { id: "economy", label: "Economy" },
];
const PLACES = ["Tehran", "Damascus", "Baghdad", "Beirut", "Manama", null];
const ACTORS = ["Iran", "Syria", "Iraq", "Lebanon", "United States", "Israel", "Gulf Cooperation Council"];
const VERBS = ["meets", "signs an accord with", "criticises", "visits", "hosts", "calls"];

/** mulberry32: small, fast and deterministic. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, "0");

/** Each shape's years, and the shares of events known only to the year and only to the month. */
const SHAPES = {
  spread: { from: 2000, to: 2024, year: 0.1, month: 0.2 },
  dense: { from: 2020, to: 2024, year: 0.05, month: 0.15 },
};

export function generateDataset(count, seed = 1, shape = "spread") {
  const form = SHAPES[shape];
  if (!form) throw new Error(`generateDataset: unknown shape "${shape}" (spread or dense)`);
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sourceCount = Math.max(5, Math.ceil(count / 20));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    id: `source-${i + 1}`,
    file: null,
    outlet: i % 4 === 0 ? null : `Outlet ${(i % 12) + 1}`,
    citing: null,
    title: `Synthetic report ${i + 1}`,
    published: `2024-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`,
    language: "en",
    url: null,
    summary: `A synthetic source article, number ${i + 1}, for measuring the explorer at scale.`,
    quotes: [
      { id: "q1", speaker: pick(ACTORS), text: `Synthetic quotation one of source ${i + 1}.` },
      { id: "q2", speaker: pick(ACTORS), text: `Synthetic quotation two of source ${i + 1}.` },
    ],
  }));
  const start = Date.UTC(form.from, 0, 1);
  const span = Date.UTC(form.to, 11, 31) - start;
  const events = Array.from({ length: count }, (_, i) => {
    const when = new Date(start + rand() * span);
    const [y, m, d] = [when.getUTCFullYear(), pad(when.getUTCMonth() + 1), pad(when.getUTCDate())];
    const precision = rand();
    const date = precision < form.year ? `${y}` : precision < form.year + form.month ? `${y}-${m}` : `${y}-${m}-${d}`;
    const [a, b] = [pick(ACTORS), pick(ACTORS)];
    const cited = pick(sources);
    return {
      id: `event-${i + 1}`,
      date,
      end: null,
      title: `${a} ${pick(VERBS)} ${b} (${i + 1})`,
      summary: `Synthetic event ${i + 1}: ${a} and ${b}. Generated to measure the explorer with ${count} events.`,
      category: pick(CATEGORIES).id,
      place: pick(PLACES),
      actors: [a, b],
      aliases: [],
      sources: [{ source: cited.id, quotes: rand() < 0.5 ? ["q1"] : [] }],
    };
  });
  return { version: 1, title: `Synthetic timeline, ${count} events`, description: null, categories: CATEGORIES, sources, events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) {
    console.error("usage: node test-support/generateDataset.mjs <events> [seed] [spread|dense]");
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(generateDataset(count, Number(process.argv[3] ?? 1), process.argv[4] ?? "spread")));
}
