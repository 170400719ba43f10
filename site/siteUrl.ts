import { siteAddressProblem } from "../src/lib/addressPolicy.ts";

/** The site's public address, from `SITE_URL`: what makes the pages' canonical, Open Graph and
 * oEmbed URLs absolute. Null when not given; an error naming it when it is not an absolute
 * http(s) URL ending in `/`. */
export function readSiteUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.SITE_URL;
  if (value === undefined || value === "") return null;
  const problem = siteAddressProblem(value);
  if (problem)
    throw new Error(
      `SITE_URL=${JSON.stringify(value)} ${problem}: give the site's public address, for example SITE_URL=https://news.example/iran-syria/`,
    );
  return new URL(value).href;
}
