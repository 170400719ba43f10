import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runImport, type CommandIo } from "./importDataset";

const fixtures = new URL("../src/dataset/timelineJs/fixtures/", import.meta.url);

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
  };
  return { code: runImport(args, io), out: out.join(""), err: err.join("\n") };
}

describe("npm run import", () => {
  it("writes a TimelineJS CSV out in the native format, with a report naming what it kept", () => {
    const csv = readFileSync(new URL("women_in_computing.csv", fixtures), "utf8");
    const { code, out, err } = run(["sheet.csv"], { "sheet.csv": csv });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { version: number; events: { id: string }[] };
    expect(json.version).toBe(1);
    expect(json.events.map((e) => e.id)).toContain("ada-lovelace");
    expect(err.split("\n")[0]).toMatch(/^Imported sheet\.csv \(TimelineJS spreadsheet \(CSV\)\): \d+ events, \d+ periods/);
  });

  it("says how it is used, what it cannot read, and what is wrong with a file, each with its exit code", () => {
    expect(run([])).toMatchObject({ code: 2, out: "", err: expect.stringMatching(/^Usage: npm run import/) });
    expect(run(["gone.csv"])).toMatchObject({ code: 1, out: "", err: expect.stringMatching(/^Cannot read gone\.csv: ENOENT/) });
    const bad = run(["bad.json"], { "bad.json": '{"version": 1, "events": [' });
    expect(bad.code).toBe(1);
    expect(bad.out).toBe("");
    expect(bad.err).toContain("bad.json");
  });
});
