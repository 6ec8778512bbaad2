/**
 * Where the writing help points, and how an author accepts a phrase: warnings name the line and
 * column of the words in the file the author edits (a markdown page after its front matter, a
 * YAML field however it is quoted or folded), and an accept covers only its own page or field.
 */
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../lib/content/front-matter.ts";
import { readYamlSource } from "../../../lib/data/read-yaml.ts";
import type { YamlFile } from "../../../lib/data/yaml-file.ts";
import * as writing from "../../../lib/writing/check-writing.ts";
import { readText } from "../../../lib/writing/read-text.ts";

const yamlWarnings = (file: YamlFile, accepts: readonly string[] = []) => writing.yamlWarnings(file, accepts, readText);
const markdownWarnings = (source: string, file: string, accepts: readonly string[] = []) =>
  writing.markdownWarnings(source, file, accepts, readText);

const SUFFERS = "say 'has' or 'lives with' instead of 'suffers from'";

function yaml(lines: string[], file = "_data/policies.yaml"): YamlFile {
  const read = readYamlSource(lines.join("\n"), file);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.yaml;
}

const places = (warnings: ReturnType<typeof yamlWarnings>) =>
  warnings.map((warning) => `${warning.file}:${warning.line}:${warning.column} ${warning.path} ${warning.phrase}`);

describe("where a markdown page's warnings point", () => {
  it("counts the front matter's lines and the column in the author's line, in a list item and a heading", () => {
    const page = [
      "---",
      "title: Our work",
      "layout: layouts/page.njk",
      "---",
      "",
      "## Who we help",
      "",
      "- Anyone who **suffers from** asthma.",
      "",
      "::: details Help for the elderly",
      "Ask us.",
      ":::",
    ].join("\n");
    const warnings = markdownWarnings(page, "site/our-work.md");
    expect(warnings.map((warning) => [warning.line, warning.column, warning.phrase])).toEqual([
      [8, 16, "suffers from"],
      [10, 22, "the elderly"],
    ]);
    expect(warnings[0]).toMatchObject({ file: "site/our-work.md", path: "", kind: "inclusive language" });
    expect(warnings[0]?.message).toContain(SUFFERS);
  });

  it("leaves out code, link addresses and tables", () => {
    const page = [
      "Write `suffers from` in code.",
      "",
      "[Our plans](/the-elderly/)",
      "",
      "| Group | Note |",
      "| --- | --- |",
      "| The elderly | x |",
    ].join("\n");
    expect(markdownWarnings(page, "site/page.md")).toEqual([]);
  });
});

describe("where a YAML field's warnings point", () => {
  it("finds the words in plain, quoted and folded values of nested fields", () => {
    const file = yaml([
      "policies:",
      "  - id: one",
      "    summary: Help for anyone who suffers from asthma.",
      "    documents:",
      "      - title: 'Support for the elderly'",
      "  - id: two",
      "    summary: >-",
      "      We asked people what they need, and",
      "      heard from a victim of stroke.",
      "    lead: Head of the elderly care team",
    ]);
    expect(places(yamlWarnings(file))).toEqual([
      "_data/policies.yaml:3:34 policies[0].summary suffers from",
      "_data/policies.yaml:5:29 policies[0].documents[0].title the elderly",
      "_data/policies.yaml:9:20 policies[1].summary victim of",
    ]);
  });

  it("reads a value over several lines as markdown, so a list's items are not one long sentence", () => {
    const item = "in planning how we commission services and in deciding what the services should be";
    const file = yaml([
      "duties:",
      "  - summary: |-",
      "      We must make sure the people who use the services we commission are involved:",
      "",
      `      - ${item}`,
      `      - ${item}, for anyone who suffers from pain`,
    ]);
    expect(places(yamlWarnings(file))).toEqual(["_data/policies.yaml:6:108 duties[0].summary suffers from"]);
  });

  it("points at a page's front matter fields on the file's own lines", () => {
    const read = readFrontMatter(
      ["---", "title: Our work", "description: For anyone who suffers from pain.", "---", ""].join("\n"),
      "site/page.md",
    );
    if (!read.ok || !read.page.yaml) throw new Error("front matter");
    expect(places(yamlWarnings(read.page.yaml))).toEqual(["site/page.md:3:29 description suffers from"]);
  });
});

describe("accepting a phrase in place", () => {
  it("leaves out a phrase a page accepts in its front matter, in its body and its fields, and nothing else", () => {
    const page = [
      "---",
      "description: For people who suffers from pain.",
      "writing:",
      "  accept: [suffers from]",
      "---",
      "",
      "A patient told us: 'I suffer from pain.' Another suffers from asthma.",
      "The elderly came too.",
    ].join("\n");
    const read = readFrontMatter(page, "site/page.md");
    if (!read.ok || !read.page.yaml) throw new Error("front matter");
    const accepts = read.page.frontMatter.writing?.accept ?? [];
    expect(yamlWarnings(read.page.yaml, accepts)).toEqual([]);
    expect(markdownWarnings(page, "site/page.md", accepts).map((warning) => warning.phrase)).toEqual([
      "suffer from",
      "The elderly",
    ]);
  });

  it("leaves out a phrase accepted by a comment on the field's line or the lines above, in that field only", () => {
    const file = yaml([
      "policies:",
      "  - id: one",
      "    # The charity's own name.",
      "    # writing-accept: victim of",
      "    title: Support for the victim of crime service",
      "    summary: Help for anyone who suffers from pain. # writing-accept: suffers from",
      "  - id: two",
      "    title: Support for the victim of stroke",
      "    summary: Help for anyone who suffers from pain.",
    ]);
    expect(places(yamlWarnings(file))).toEqual([
      "_data/policies.yaml:8:28 policies[1].title victim of",
      "_data/policies.yaml:9:34 policies[1].summary suffers from",
    ]);
  });

  it("accepts a long sentence by a phrase of it", () => {
    const long = `${Array.from({ length: 14 }, () => "the cat").join(" ")} sat on the Wealdmoor mat.`;
    const file = yaml([
      "policies:",
      "  - id: one",
      "    # writing-accept: Wealdmoor mat",
      `    summary: ${long}`,
      `    title: ${long}`,
    ]);
    expect(places(yamlWarnings(file)).map((place) => place.split(" ")[1])).toEqual(["policies[0].title"]);
  });
});
