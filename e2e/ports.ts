import { freePort } from "../test-support/freePort.mjs";

/** The ports of the suite's two servers (the built site, and the second origin that embeds it),
 * chosen once by the runner and passed to its workers through the environment, so `npm test`
 * never collides with an explorer already running (`npm start`, `npm run dev`) or another run. */
export async function suitePorts(): Promise<{ site: number; parent: number }> {
  process.env.E2E_SITE_PORT ??= String(await freePort());
  process.env.E2E_PARENT_PORT ??= String(await freePort());
  return { site: Number(process.env.E2E_SITE_PORT), parent: Number(process.env.E2E_PARENT_PORT) };
}
