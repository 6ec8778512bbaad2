/**
 * The warning for values npm run new filled in for the editor to change: each carries a
 * `# EDIT:` note, and until the note goes the check and the build say where it is.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../lib/content/front-matter.ts";
import { loadHubOrThrow } from "../../../lib/data/load-hub.ts";
import { collectWarnings, formatDataWarnings } from "../../../lib/data/warnings.ts";
import { editNoteWarnings } from "../../../lib/data/warnings/edit-notes.ts";
import { PINNED_TODAY, PROJECT_ROOT } from "../../helpers/build-hub.ts";
import { policiesWith } from "../policies/policies-yaml.ts";
import { loadFixture, organisationYaml } from "./fixture-hub.ts";

// The second policy's summary (line 28) and owner (line 21), as npm run new marks them.
const marked = policiesWith(
  "summary: How we manage risks.",
  'summary: "One or two sentences on what the policy covers." # EDIT: what the policy is for, in plain English',
).replace(
  "owner: Director of Corporate Affairs",
  "owner: Director of Corporate Affairs #   EDIT:   the job title of the person who owns it",
);

function warningsFor(organisation: string, policies: string) {
  const loaded = loadFixture({ "organisation.yaml": organisation, "policies.yaml": policies });
  if (!loaded.ok) throw new Error(`the test data did not load: ${JSON.stringify(loaded.errors)}`);
  // A day on which neither policy is past its review, so only the notes are warned about.
  return collectWarnings(loaded.data, loaded.files, "2025-12-01");
}

describe("the warning for a value still marked '# EDIT:'", () => {
  it("points at each marked value, in file order, and quotes its note", () => {
    expect(formatDataWarnings(warningsFor(organisationYaml, marked)).split("\n")).toEqual([
      "_data/policies.yaml:21:12 policies[1].owner: warning: this is still the value npm run new put in for you to change (the job title of the person who owns it): write the real one, then delete its '# EDIT:' note",
      "_data/policies.yaml:28:14 policies[1].summary: warning: this is still the value npm run new put in for you to change (what the policy is for, in plain English): write the real one, then delete its '# EDIT:' note",
      "2 warnings: the site still builds, but these need attention.",
    ]);
  });

  it("goes once the note is deleted, and ignores other comments", () => {
    const edited = policiesWith(
      "summary: How we manage risks.",
      "summary: How we manage risks. # checked by the board",
    );
    expect(warningsFor(organisationYaml, edited)).toEqual([]);
  });

  it("is given for a closed organisation's hub too, which has no other warnings", () => {
    const closed = `${organisationYaml}ceased:\n  closedOn: '2022-07-01'\n  successor: { name: NHS Testshire ICB, url: 'https://testshire-icb.example' }\n`;
    expect(warningsFor(closed, marked).map((warning) => warning.path)).toEqual([
      "policies[1].owner",
      "policies[1].summary",
    ]);
  });

  it("points at a note in a page's front matter at the file's own line", () => {
    const page = [
      "---",
      "layout: page.njk",
      'title: "Our interpreters" # EDIT: the page\'s heading',
      "---",
      "Some text.",
    ].join("\n");
    const read = readFrontMatter(page, "site/our-interpreters.md");
    if (!read.ok || !read.page.yaml) throw new Error("the test page's front matter did not load");
    expect(editNoteWarnings([read.page.yaml])).toEqual([
      {
        file: "site/our-interpreters.md",
        line: 3,
        column: 8,
        path: "title",
        message:
          "this is still the value npm run new put in for you to change (the page's heading): write the real one, then delete its '# EDIT:' note",
      },
    ]);
  });

  it("is given for nothing in the example hubs", () => {
    for (const folder of ["_data", "examples/closed-ccg/_data", "examples/joint-ccgs/_data"]) {
      const hub = loadHubOrThrow(path.join(PROJECT_ROOT, folder), PROJECT_ROOT, PINNED_TODAY);
      expect(editNoteWarnings(Object.values(hub.files)), folder).toEqual([]);
    }
  });
});
