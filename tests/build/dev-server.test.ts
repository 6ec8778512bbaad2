/**
 * `npm start` when an editor breaks a YAML file or a page's front matter: the browser is shown an
 * error page naming the file, line and fix, for every page, instead of the last good page; the
 * next good save brings the real site back. The server runs on a free port at 127.0.0.1 and the
 * test stops it. Broken before it starts, it does not start, and says why as the build does.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir } from "../helpers/build-hub.ts";
import { fetchUntil, startDevServer, type DevServer } from "../helpers/dev-server.ts";

let workDir: string;
let dataDir: string;
let inputDir: string;
let server: DevServer;

const TITLE = "<title>Contact us and other formats - NHS Wealdmoor ICB</title>";
const ERROR_TITLE = "<title>Error: the site could not be rebuilt - dev server</title>";

beforeAll(async () => {
  workDir = makeTempDir("dev-server");
  dataDir = path.join(workDir, "_data");
  inputDir = path.join(workDir, "site");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, "site"), inputDir, { recursive: true });
  server = await startDevServer([
    ...["--data", dataDir, "--input", inputDir],
    ...["--output", path.join(workDir, "out"), "--today", PINNED_TODAY],
  ]);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  removeDir(workDir);
});

describe("npm start with a YAML file broken and then fixed", () => {
  it("shows the error with its file, line and fix on every page, then the real page once fixed", async () => {
    const contact = `${server.origin}/contact/`;
    expect((await fetchUntil(contact, (page) => page.status === 200)).body).toContain(TITLE);

    const file = path.join(dataDir, "objectives.yaml");
    const good = readFileSync(file, "utf8");
    const from = "    lead: Director of Nursing and Quality";
    expect(good).toContain(from);
    writeFileSync(file, good.replace(from, "    lead: [Director of Nursing and Quality"));

    const broken = await fetchUntil(contact, (page) => page.body.includes(ERROR_TITLE));
    expect(broken.status).toBe(500);
    const named = path.relative(PROJECT_ROOT, file).split(path.sep).join("/");
    // Autoescaped: the quotes of the build's message arrive as entities.
    expect(broken.body).toContain(
      `${named}:13:11 this &#39;[&#39; is never closed: add &#39;]&#39; at the end of the line`,
    );
    expect(broken.body).toContain("This page then reloads by itself");
    // Every page, not only the one that was open; the pages' own files are still served.
    expect((await fetchUntil(`${server.origin}/policies/`, () => true)).body).toContain(ERROR_TITLE);
    const css = await fetch(`${server.origin}/assets/css/nhsuk-frontend-subset.min.css`);
    expect(css.status).toBe(200);

    writeFileSync(file, good);
    const fixed = await fetchUntil(contact, (page) => page.body.includes(TITLE));
    expect(fixed.status).toBe(200);
    expect(fixed.body).not.toContain(ERROR_TITLE);
  }, 90_000);
});

describe("npm start with a page's front matter broken and then fixed", () => {
  it("shows the page's file, line and the field meant, then the real page once fixed", async () => {
    const contact = `${server.origin}/contact/`;
    const file = path.join(inputDir, "contact.md");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace("\ntitle: Contact us", "\ntitel: Contact us"));

    const broken = await fetchUntil(contact, (page) => page.body.includes(ERROR_TITLE));
    const named = path.relative(PROJECT_ROOT, file).split(path.sep).join("/");
    expect(broken.body).toContain(`${named}:2:1 titel: unknown field &#39;titel&#39;: did you mean &#39;title&#39;?`);

    writeFileSync(file, good);
    expect((await fetchUntil(contact, (page) => page.body.includes(TITLE))).status).toBe(200);
  }, 90_000);
});

describe("npm start with a template broken and then fixed", () => {
  it("shows Eleventy's message with the template's file, line and column, then the real page once fixed", async () => {
    const contact = `${server.origin}/contact/`;
    const file = path.join(inputDir, "policies", "index.njk");
    const good = readFileSync(file, "utf8");
    const from = "{% for category in hub.policies.categories %}";
    expect(good).toContain(from);
    writeFileSync(file, good.replace(from, `${from}{{ broken( }}`));

    const broken = await fetchUntil(contact, (page) => page.body.includes(ERROR_TITLE));
    const named = path.relative(PROJECT_ROOT, file).split(path.sep).join("/");
    expect(broken.body).toContain(`Having trouble rendering njk template ${named}`);
    expect(broken.body).toMatch(/\[Line \d+, Column \d+\]/);

    writeFileSync(file, good);
    expect((await fetchUntil(contact, (page) => page.body.includes(TITLE))).status).toBe(200);
  }, 90_000);
});

describe("npm start with a YAML file broken before it starts", () => {
  it("does not start, and prints the problem as the build does, with exit 1", () => {
    const brokenData = path.join(workDir, "broken", "_data");
    cpSync(path.join(PROJECT_ROOT, "_data"), brokenData, { recursive: true });
    const file = path.join(brokenData, "objectives.yaml");
    const source = readFileSync(file, "utf8");
    writeFileSync(
      file,
      source.replace("    lead: Director of Nursing and Quality", "    lead: [Director of Nursing and Quality"),
    );

    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/serve.ts", "--data", brokenData, "--today", PINNED_TODAY, "--port", "1"],
      { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 60_000 },
    );

    expect(run.status).toBe(1);
    const named = path.relative(PROJECT_ROOT, file).split(path.sep).join("/");
    expect(run.stderr).toContain(`${named}:13:11 this '[' is never closed`);
    expect(run.stderr).toContain("1 problem in 1 file. The dev server did not start: fix it and build again.");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
