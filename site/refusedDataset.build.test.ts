import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { generateDataset } from "../test-support/generateDataset.mjs";

// `TIMELINE_DATA=<file> npm run build` with a file the app would refuse: the build refuses it too,
// in the app's words, and leaves no site behind that a deploy script could publish.
describe("building the site around a dataset the app refuses", () => {
  const work = mkdtempSync(join(tmpdir(), "timeline-refused-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The build's failure (or null), and the folder it was told to write. */
  async function buildWith(name: string, contents: string | Uint8Array) {
    const file = join(work, name);
    writeFileSync(file, contents);
    const outDir = join(work, `${name}-site`);
    process.env.TIMELINE_DATA = file;
    try {
      await build({ logLevel: "silent", build: { outDir, emptyOutDir: true, sourcemap: false } });
      return { failure: null, outDir };
    } catch (error) {
      return { failure: error as Error, outDir };
    } finally {
      delete process.env.TIMELINE_DATA;
    }
  }

  const written = (outDir: string) => (existsSync(outDir) ? readdirSync(outDir, { recursive: true }) : []);

  it("stops on a schema problem, naming its path as the app does, and writes nothing", async () => {
    const data = generateDataset(12, 5);
    data.events[1]!.date = "30 May 2024";
    const { failure, outDir } = await buildWith("schema.json", JSON.stringify(data));
    expect(failure?.message).toMatch(/does not match the timeline format[\s\S]*events\[1\]\.date/);
    expect(existsSync(join(outDir, "index.html"))).toBe(false);
    expect(written(outDir)).toEqual([]);
  }, 60_000);

  it("stops on a lone surrogate in a string (the app refuses it: no page agrees on how to show it)", async () => {
    const data = generateDataset(12, 5);
    data.events[1]!.title = "Half a pair: \ud83d";
    const { failure, outDir } = await buildWith("surrogate.json", JSON.stringify(data));
    expect(failure?.message).toMatch(/cannot be shown[\s\S]*events\[1\]\.title: malformed text/);
    expect(written(outDir)).toEqual([]);
  }, 60_000);

  it("stops on a file that is not UTF-8, as the app does, rather than shipping it with its letters replaced", async () => {
    const data = generateDataset(12, 5);
    data.events[1]!.title = "Café";
    const latin1 = Buffer.from(JSON.stringify(data), "latin1");
    const { failure, outDir } = await buildWith("latin1.json", latin1);
    expect(failure?.message).toMatch(/is not UTF-8 text/);
    expect(written(outDir)).toEqual([]);
  }, 60_000);

  it("exits non-zero from the command line, the problem and its path on the terminal", () => {
    const data = generateDataset(12, 5);
    data.events[1]!.date = "30 May 2024";
    const file = join(work, "cli.json");
    writeFileSync(file, JSON.stringify(data));
    const outDir = join(work, "cli-site");
    const run = spawnSync(process.execPath, ["node_modules/vite/bin/vite.js", "build", "--outDir", outDir, "--emptyOutDir"], {
      env: { ...process.env, TIMELINE_DATA: file },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/events\[1\]\.date/);
    expect(written(outDir)).toEqual([]);
  }, 120_000);
});
