// Every interface language at once, for what draws pages in any of them without a browser's wait:
// the build, the unit tests and the studio. A reader's page loads its own alone (i18n.ts, loadLanguage).
import { registerLanguage, type Language } from "./i18n.ts";
import { language as arabic } from "./language.ar.ts";
import { language as persian } from "./language.fa.ts";
import { en, type Messages } from "./messages.en.ts";

registerLanguage("ar", arabic);
registerLanguage("fa", persian);

/** Each language's messages. */
export const CATALOGUES: Record<Language, Messages> = { en, ar: arabic.messages, fa: persian.messages };
