/**
 * The YAML fields whose text readers see as prose, wherever they are in a data file or a page's
 * front matter (a list such as `seldomHeard` counts each item). Left out on purpose: names of
 * organisations, teams, committees and roles (`name`, `team`, `owner`, `lead`), citations of law
 * (`law`, `provision`, `reference`), addresses and labels: they are what they are called, and
 * rewording them would make them wrong.
 */
export const PROSE_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "breadcrumbTitle",
  "summary",
  "description",
  "lede",
  "statement",
  "duty",
  "how",
  "weHeard",
  "weDid",
  "alternative",
  "improvements",
  "message",
  "note",
  "reason",
  "details",
  "seldomHeard",
]);

/**
 * Titles are names, not sentences: the reading age formulas score a name such as "Equality
 * information (public sector equality duty annual report)" as a hard sentence, so titles are
 * checked for every rule but that one.
 */
export const TITLE_FIELDS: ReadonlySet<string> = new Set(["title", "breadcrumbTitle"]);
