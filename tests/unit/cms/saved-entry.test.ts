/**
 * An entry saved at /admin/ is written by the CMS's own YAML writer, not by us, and the loader
 * rejects an unquoted date (lib/data/unquoted-dates.ts). These tests write every example data file
 * and page the way the CMS does and load them with the hub's own loader.
 *
 * The writer below is Sveltia CMS's `formatYAML` (src/lib/services/contents/file/format.js in
 * @sveltia/cms 0.221.1, read from the package's source map): the `yaml` package (2.9.1, the same
 * version this project pins) with these options, chosen by the `output.yaml` options of config.yml.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { CMS_YAML_OUTPUT } from "../../../lib/cms/cms-config.ts";
import { readFrontMatter } from "../../../lib/content/front-matter.ts";
import { loadHub } from "../../../lib/data/load-hub.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

type YamlOutput = { indent_size?: number; indent_sequences?: boolean; quote?: "none" | "single" | "double" };

/** Sveltia CMS's formatYAML, option for option. */
function cmsYaml(value: unknown, options: YamlOutput): string {
  const { indent_size: indent = 2, indent_sequences: indentSeq = true, quote = "none" } = options;
  return `${stringify(value, null, {
    indent,
    indentSeq,
    lineWidth: 0,
    defaultKeyType: "PLAIN",
    defaultStringType: quote === "double" ? "QUOTE_DOUBLE" : quote === "single" ? "QUOTE_SINGLE" : "PLAIN",
    singleQuote: quote !== "double",
  }).trim()}\n`;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of a hub's data with every file saved by the CMS, after `edit` changes what the form holds. */
function savedByCms(
  dataDir: string,
  options: YamlOutput,
  edit: (file: string, value: Record<string, unknown>) => void = () => {},
): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), "equality-hub-cms-"));
  folders.push(copy);
  cpSync(path.join(PROJECT_ROOT, dataDir), copy, { recursive: true });
  for (const file of readdirSync(copy).filter((name) => name.endsWith(".yaml"))) {
    const value = parse(readFileSync(path.join(copy, file), "utf8")) as unknown;
    edit(file, value as Record<string, unknown>);
    writeFileSync(path.join(copy, file), cmsYaml(value, options));
  }
  return copy;
}

function problems(copy: string): string[] {
  const result = loadHub(copy, copy);
  return result.ok ? [] : result.errors.map((error) => `${error.file}: ${error.message}`);
}

describe("an entry saved the way the CMS writes it", () => {
  it("still validates, with every date quoted, for every example hub with forms", () => {
    for (const dataDir of ["_data", "examples/closed-ccg/_data"]) {
      expect(problems(savedByCms(dataDir, CMS_YAML_OUTPUT)), dataDir).toEqual([]);
    }
  });

  it("keeps a date picked in the form as the quoted text the loader wants", () => {
    const copy = savedByCms("_data", CMS_YAML_OUTPUT, (file, value) => {
      // The date widget with format YYYY-MM-DD hands the CMS this string.
      if (file === "policies.yaml") (value.policies as { reviewDue: string }[])[0]!.reviewDue = "2027-03-31";
    });
    expect(readFileSync(path.join(copy, "policies.yaml"), "utf8")).toContain("reviewDue: '2027-03-31'");
    const result = loadHub(copy, copy);
    expect(result.ok && result.data.policies.policies[0]?.reviewDue).toBe("2027-03-31");
  });

  it("keeps prose of several lines from a text box, as typed", () => {
    const summary = "The first paragraph of the summary.\n\nA second one, after a blank line.";
    const copy = savedByCms("_data", CMS_YAML_OUTPUT, (file, value) => {
      if (file === "policies.yaml") (value.policies as { summary: string }[])[0]!.summary = summary;
    });
    const result = loadHub(copy, copy);
    expect(result.ok ? result.data.policies.policies[0]?.summary : result.errors).toBe(summary);
  });

  it("would be rejected with the CMS's default writer, which leaves dates unquoted", () => {
    const copy = savedByCms("_data", { quote: "none" });
    expect(readFileSync(path.join(copy, "policies.yaml"), "utf8")).toMatch(/reviewDue: \d{4}-\d{2}-\d{2}\n/);
    expect(problems(copy).some((problem) => problem.startsWith("policies.yaml") && /quote/i.test(problem))).toBe(true);
  });

  it("keeps a markdown page's front matter valid when the CMS writes it", () => {
    const source = readFileSync(path.join(PROJECT_ROOT, "site/our-equality-work/easy-read.md"), "utf8");
    const [, head = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const saved = `---\n${cmsYaml(parse(head), CMS_YAML_OUTPUT)}---\n\n${body.trim()}\n`;
    expect(saved).toContain("title: '");
    const read = readFrontMatter(saved, "site/our-equality-work/easy-read.md");
    expect(read.ok ? read.page.frontMatter : read.errors).toEqual(parse(head));
  });
});
