/** The site's public address, from `SITE_URL`: what makes the pages' canonical, Open Graph and
 * oEmbed URLs absolute. Null when not given; an error naming it when it is not an absolute
 * http(s) URL ending in `/`. */
export function readSiteUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.SITE_URL;
  if (value === undefined || value === "") return null;
  const example = "for example SITE_URL=https://news.example/iran-syria/";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL="${value}" is not an absolute URL: give the site's public address, ${example}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL="${value}" is not an http(s) address: give the site's public address, ${example}`);
  }
  if (!value.endsWith("/") || url.search || url.hash) {
    throw new Error(`SITE_URL="${value}" must be the site's folder, ending in "/" (no query or fragment), ${example}`);
  }
  return url.href;
}
