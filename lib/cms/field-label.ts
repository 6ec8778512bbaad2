/**
 * A form label from a YAML key, for the CMS (lib/cms/schema-fields.ts): "reviewDue" becomes
 * "Review due", "lastPublished" "Last published". A schema field's own `.meta({ title })` wins,
 * for keys no rule can read (psedAims is "PSED aims").
 */
export function labelFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Za-z])([0-9])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    // An all-capitals word (an abbreviation such as 'ODS') keeps its capitals; others are lower case.
    .map((word) => (/^[A-Z0-9]+$/.test(word) && word.length > 1 ? word : word.toLowerCase()));
  const sentence = words.join(" ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
