import { readFileSync } from "node:fs";
import jsonld from "jsonld";

/** schema.org's context, served from this folder: tests make no request. A minimal one, `"@vocab":
 * "https://schema.org/"`, which is all that expanding to schema.org's terms and types needs (the
 * published context adds datatypes and `@id` coercions, which no test here reads). */
const SCHEMA_ORG_CONTEXT = JSON.parse(readFileSync(new URL("./schemaOrgContext.json", import.meta.url), "utf8"));

/** A JSON-LD document expanded by a real processor (`jsonld`), schema.org's context read locally;
 * any other remote document is refused. */
export function expandOffline(document: object): Promise<jsonld.JsonLdDocument[]> {
  return jsonld.expand(document, {
    documentLoader: async (url: string) => {
      if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no remote document in tests: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
    },
  }) as Promise<jsonld.JsonLdDocument[]>;
}
