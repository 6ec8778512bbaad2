/**
 * `npm run new` as a comms officer runs it, on copies of the example hubs: each kind it adds says
 * the file and line, leaves the rest of the file as it was, and `npm run check` passes at once; the
 * new pages show what was added. A closed organisation gets no new consultation. Mistakes in how
 * it is called are exit 2 with the usage; a page whose address is taken, or a hub that already has
 * problems, is exit 1 and changes nothing.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeTempDir,
  PINNED_TODAY,
  PROJECT_ROOT,
  readPage,
  removeDir,
  runCheck,
  runNew,
  text,
  type BuildRun,
} from "../helpers/build-hub.ts";
import { renderCopy } from "../helpers/render-copy.ts";

const CHECK_PASSED =
  /^Checked the data, pages and \d+ internal links of \d+ pages for \S+ in [\d.]+ s; no browser checks/m;

let workDir: string;
beforeAll(() => {
  workDir = makeTempDir("new-command");
});
afterAll(() => removeDir(workDir));

/** The project-relative name the commands print for a file in the copy. */
const named = (absolute: string) => path.relative(PROJECT_ROOT, absolute).split(path.sep).join("/");
const read = (file: string) => readFileSync(file, "utf8");

/** The first differing stretch of `after`: what was inserted into `before`. */
function inserted(before: string, after: string): string {
  let start = 0;
  while (before[start] === after[start] && start < before.length) start += 1;
  return after.slice(start, start + after.length - before.length);
}

describe("npm run new for every kind, on a copy of the example hub", () => {
  let dataDir: string;
  let siteDir: string;
  const folders = () => ["--data", dataDir, "--input", siteDir, "--pages", siteDir];
  const before: Record<string, string> = {};
  const runs: Record<string, BuildRun> = {};
  let check: BuildRun;
  let outputDir: string;

  beforeAll(() => {
    dataDir = path.join(workDir, "example", "_data");
    siteDir = path.join(workDir, "example", "site");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    cpSync(path.join(PROJECT_ROOT, "site"), siteDir, { recursive: true });
    for (const file of ["policies.yaml", "objectives.yaml", "engagement.yaml", "reports.yaml"]) {
      before[file] = read(path.join(dataDir, file));
    }
    for (const [kind, title] of [
      ["policy", "Flexible working policy"],
      ["objective", "Fair pay for every ethnic group"],
      ["consultation", "Changes to patient transport"],
      ["report", "Modern Slavery Act statement"],
      ["page", "Our staff networks"],
    ] as const) {
      runs[kind] = runNew([kind, title, "--today", PINNED_TODAY, ...folders()]);
    }
    check = runCheck(["--today", PINNED_TODAY, ...folders()]);
    outputDir = path.join(workDir, "example-site");
  });

  it("adds each, with exit 0, saying the file and the line and what to do next", () => {
    const file = named(path.join(dataDir, "policies.yaml"));
    expect(runs.policy?.status, runs.policy?.stderr).toBe(0);
    expect(runs.policy?.stdout).toMatch(
      new RegExp(
        `^Added policy 'Flexible working policy' to ${file} at line \\d+; its page will be /policies/flexible-working-policy/\\. Edit the values marked EDIT, then run npm run check -- --data `,
      ),
    );
    for (const kind of ["objective", "consultation", "report", "page"]) {
      expect(runs[kind]?.status, runs[kind]?.stderr).toBe(0);
      expect(runs[kind]?.stdout).toContain("Edit the ");
    }
    expect(runs.page?.stdout).toContain(
      `Added page 'Our staff networks' at ${named(path.join(siteDir, "our-staff-networks.md"))}, line 1; its address will be /our-staff-networks/.`,
    );
  });

  it("puts the entry on the line it names", () => {
    const line = Number(/ at line (\d+);/.exec(runs.consultation?.stdout ?? "")?.[1]);
    const lines = read(path.join(dataDir, "engagement.yaml")).split("\n");
    expect(lines[line - 1]).toBe("  - id: changes-to-patient-transport");
    expect(lines[line]).toBe("    title: Changes to patient transport");
  });

  it("leaves everything else in each data file byte for byte as it was", () => {
    for (const [file, old] of Object.entries(before)) {
      const now = read(path.join(dataDir, file));
      const added = inserted(old, now);
      expect(added).toContain("# EDIT:");
      expect(now.replace(added, "")).toBe(old);
    }
  });

  it("leaves a hub that npm run check passes at once", () => {
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    expect(check.stdout).toMatch(CHECK_PASSED);
  });

  it("has the check point at each value still to edit, and at the new page's own text, until it is written", () => {
    const edits = Object.entries(before).reduce(
      (total, [file, old]) => total + (inserted(old, read(path.join(dataDir, file))).match(/# EDIT:/g) ?? []).length,
      0,
    );
    const page = named(path.join(siteDir, "our-staff-networks.md"));
    const notes = check.stderr.split("\n").filter((line) => line.includes("npm run new put in for you to change"));
    // Every note in the data files, and the page's title, description and lede.
    expect(notes).toHaveLength(edits + 3);
    expect(notes.filter((line) => line.startsWith(`${page}:`))).toHaveLength(3);
    expect(check.stderr).toContain(
      `${page}:8:1 body: warning: this is still the text npm run new put in for you to replace`,
    );
    // The scaffold's own text follows the writing help it asks the editor to follow.
    expect(check.stderr).not.toMatch(new RegExp(`^${page}:\\d+:\\d+ writing:`, "m"));
  });

  it("gives each its page, saying what was added, in the hub's layout", () => {
    const render = renderCopy({ dataDir, inputDir: siteDir, outputDir });
    expect(render.status, render.stderr).toBe(0);
    const policy = readPage(outputDir, "/policies/flexible-working-policy/");
    expect(text(policy.querySelector("h1"))).toBe("Flexible working policy");
    expect(text(policy.querySelector("main"))).toContain("Director of Corporate Affairs");
    const consultation = readPage(outputDir, "/engagement/changes-to-patient-transport/");
    expect(text(consultation.querySelector("main"))).toContain("7 December 2026");
    const page = readPage(outputDir, "/our-staff-networks/");
    expect(text(page.querySelector("h1"))).toBe("Our staff networks");
    expect(text(page.querySelector(".nhsuk-lede-text"))).toBe("The one or two sentences a reader needs first.");
    expect(page.querySelector("header")).not.toBeNull();
    expect(text(readPage(outputDir, "/objectives/").querySelector("main"))).toContain(
      "Fair pay for every ethnic group",
    );
    expect(text(readPage(outputDir, "/reports/").querySelector("main"))).toContain("Modern Slavery Act statement");
  });

  it("refuses a second page with the same title, with exit 1, and leaves the first as it is", () => {
    const file = path.join(siteDir, "our-staff-networks.md");
    const first = read(file);
    const again = runNew(["page", "Our staff networks", ...folders()]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `A page titled 'Our staff networks' would be at /our-staff-networks/, but ${named(file)} is already there: nothing was added or changed.`,
    );
    expect(read(file)).toBe(first);
  });

  it("refuses a page at an address the hub already has, by its folder or an old address that redirects", () => {
    const section = runNew(["page", "Policies", ...folders()]);
    expect(section.status).toBe(1);
    expect(section.stderr).toContain(`but the hub's folder ${named(path.join(siteDir, "policies"))} is already there`);
    expect(existsSync(path.join(siteDir, "policies.md"))).toBe(false);
    const old = runNew(["page", "Equality and diversity", ...folders()]);
    expect(old.status).toBe(1);
    expect(old.stderr).toContain("but /equality-and-diversity/ is an old address that redirects.yaml sends to");
    expect(existsSync(path.join(siteDir, "equality-and-diversity.md"))).toBe(false);
  });

  it("refuses a page at an address another page has by its permalink", () => {
    writeFileSync(
      path.join(siteDir, "our-equality-work", "news.md"),
      "---\ntitle: News\nlayout: layouts/page.njk\npermalink: /our-news/\n---\n\nOur news.\n",
    );
    const run = runNew(["page", "Our news", ...folders()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `but the page ${named(path.join(siteDir, "our-equality-work", "news.md"))} is already at /our-news/`,
    );
    expect(existsSync(path.join(siteDir, "our-news.md"))).toBe(false);
  });

  it("refuses a second report of the same title for the same year, naming the line of the first", () => {
    const file = path.join(dataDir, "reports.yaml");
    const now = read(file);
    const again = runNew(["report", "modern slavery act statement", "--today", PINNED_TODAY, ...folders()]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      new RegExp(
        `^${named(file)} already has a report titled 'modern slavery act statement' for 2026/27, at line \\d+: nothing was added\\.`,
      ),
    );
    expect(read(file)).toBe(now);
  });

  it("gives a second policy of the same title its own id", () => {
    const again = runNew(["policy", "Flexible working policy", "--today", PINNED_TODAY, ...folders()]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("its page will be /policies/flexible-working-policy-2/");
  });
});

describe("npm run new on a copy of a closed organisation's hub (closed-ccg)", () => {
  let dataDir: string;
  let pagesDir: string;
  const folders = () => ["--data", dataDir, "--pages", pagesDir];

  beforeAll(() => {
    dataDir = path.join(workDir, "closed", "_data");
    pagesDir = path.join(workDir, "closed", "pages");
    cpSync(path.join(PROJECT_ROOT, "examples", "closed-ccg", "_data"), dataDir, { recursive: true });
    cpSync(path.join(PROJECT_ROOT, "examples", "closed-ccg", "pages"), pagesDir, { recursive: true });
  });

  it("adds no consultation, saying the organisation has closed and whose consultations they now are", () => {
    const engagement = read(path.join(dataDir, "engagement.yaml"));
    const run = runNew(["consultation", "Changes to patient transport", "--today", PINNED_TODAY, ...folders()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "NHS Oakvale CCG closed on 1 July 2022 ('ceased' in organisation.yaml), so its hub is a record and it runs no consultations: nothing was added. Consultations about its services after it closes are NHS Wealdmoor Integrated Care Board's",
    );
    expect(read(path.join(dataDir, "engagement.yaml"))).toBe(engagement);
  });

  it("dates a policy on its last day, says so, and npm run check passes", () => {
    const run = runNew(["policy", "Flexible working policy", "--today", PINNED_TODAY, ...folders()]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("NHS Oakvale CCG closed on 1 July 2022, so the dates are its last day, 30 June 2022");
    expect(read(path.join(dataDir, "policies.yaml"))).toContain('    on: "2022-06-30" # EDIT: the day it was approved');
    const page = runNew(["page", "Our history", ...folders()]);
    expect(page.status, page.stderr).toBe(0);
    const check = runCheck(["--today", PINNED_TODAY, ...folders()]);
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
    expect(check.stdout).toMatch(CHECK_PASSED);
  });
});

describe("npm run new for an organisation that is to close", () => {
  it("adds no consultation that would still be open when it closes, saying when it closes", () => {
    const dataDir = path.join(workDir, "closing", "_data");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    const organisation = path.join(dataDir, "organisation.yaml");
    writeFileSync(
      organisation,
      `${read(organisation)}ceased:\n  closedOn: "2027-01-31"\n  successor:\n    name: NHS Wealdmoor and Vale ICB\n    url: https://www.wealdmoor-vale-icb.example\n`,
    );
    const engagement = read(path.join(dataDir, "engagement.yaml"));
    const run = runNew(["consultation", "Changes to patient transport", "--today", PINNED_TODAY, "--data", dataDir]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(
      "NHS Wealdmoor ICB closes on 31 January 2027 ('ceased' in organisation.yaml), before a consultation opening in two weeks would close (1 March 2027): nothing was added.",
    );
    expect(read(path.join(dataDir, "engagement.yaml"))).toBe(engagement);
  });
});

describe("npm run new called wrongly, or on a hub with problems", () => {
  it("exits 2 for a kind it does not add, with its usage", () => {
    const run = runNew(["polcy", "Flexible working"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'polcy' is not something npm run new adds: did you mean 'policy'?");
    expect(run.stderr).toContain("Usage: npm run new -- <policy|objective|consultation|report|page>");
  });

  it("exits 2 for an empty title, saying to give one", () => {
    const run = runNew(["page", ""]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `Give the page's title after 'page', in quotes, such as: npm run new -- page "Flexible working"`,
    );
  });

  it("exits 1 on a hub whose data has problems already, listing them, and adds nothing", () => {
    const dataDir = path.join(workDir, "broken", "_data");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    const file = path.join(dataDir, "policies.yaml");
    writeFileSync(file, read(file).replace("    category: governance\n", "    category: governence\n"));
    const broken = read(file);
    const run = runNew(["policy", "Flexible working", "--data", dataDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${named(file)}:`);
    expect(run.stderr).toContain("The hub has problems already, so nothing was added: fix");
    expect(read(file)).toBe(broken);
  });
});
