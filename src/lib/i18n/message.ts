/** A message said differently by how many it counts: a form per plural category of the language
 * (CLDR's, as `Intl.PluralRules` names them), `other` always there. English has one/other,
 * Persian one/other, Arabic all six. A form may leave the number out ("حدث واحد"). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

/** A catalogue shaped like the reference one: where the reference counts, so does every other. */
export type CatalogueOf<Reference> = { [K in keyof Reference]: Reference[K] extends string ? string : PluralMessage };
