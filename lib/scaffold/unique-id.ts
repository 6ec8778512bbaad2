/**
 * An entry's id from its title: the id is its web address (/policies/flexible-working/), so it is
 * the title's words in kebab-case (lib/markdown/slugify.ts, which gives what idSchema accepts),
 * kept short, and made unique with '-2', '-3' as a second entry of the same title would need.
 */
import { slugify } from "../markdown/slugify.ts";

/** Long enough for a title's first words; an address longer than this is hard to read aloud. */
const MAX_ID_LENGTH = 60;

/** The title's id, or '' when it has no letters or digits to make one from. */
export function idFromTitle(title: string): string {
  const id = slugify(title);
  if (id.length <= MAX_ID_LENGTH) return id;
  const cut = id.slice(0, MAX_ID_LENGTH + 1);
  // At the last whole word, unless the first word alone is longer than the limit.
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : id.slice(0, MAX_ID_LENGTH)).replace(/-+$/, "");
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let number = 2;
  while (used.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}
