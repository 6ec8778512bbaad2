/** Page front matter is checked before the build, with the same file:line:column errors as data. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listPageTemplates, readFrontMatter, readPages } from "../../../lib/content/front-matter.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";

const FILE = "site/page.md";
const page = (...lines: string[]) => ["---", ...lines, "---", "", "Body text."].join("\n");

describe("reading a page's front matter", () => {
  it("reads the fields our layouts use, with a web page as the Easy Read default", () => {
    const read = readFrontMatter(page("title: Our work", "easyRead:", "  url: /our-work/easy-read/"), FILE);
    expect(read.ok && read.page.frontMatter).toEqual({
      title: "Our work",
      easyRead: { url: "/our-work/easy-read/", format: "web page" },
    });
  });

  it("suggests the field meant by a misspelt one, on its own line", () => {
    const read = readFrontMatter(page("titel: Our work"), FILE);
    expect(read.ok ? [] : read.errors).toEqual([
      { file: FILE, line: 2, column: 1, path: "titel", message: "unknown field 'titel': did you mean 'title'?" },
    ]);
  });

  it("asks for the size of an Easy Read PDF", () => {
    const read = readFrontMatter(
      page("title: Our work", "easyRead:", "  url: /files/our-work-easy-read.pdf", "  format: PDF"),
      FILE,
    );
    expect(read.ok ? [] : read.errors).toEqual([
      {
        file: FILE,
        line: 4,
        column: 3,
        path: "easyRead.size",
        message: "add 'size' (readers need the size of this PDF file before they open it, such as size: '240 KB')",
      },
    ]);
  });

  it("refuses an Easy Read link that is not https or a path on this site", () => {
    const read = readFrontMatter(page("title: Our work", "easyRead:", "  url: javascript:alert(1)"), FILE);
    expect(read.ok ? [] : read.errors.map((error) => [error.line, error.path])).toEqual([[4, "easyRead.url"]]);
  });

  it("reads front matter after a byte order mark and with Windows line endings", () => {
    const read = readFrontMatter(`\uFEFF${page("title: Our work", "lede: Hello").replace(/\n/g, "\r\n")}`, FILE);
    expect(read.ok && read.page.frontMatter).toEqual({ title: "Our work", lede: "Hello" });
  });

  it("accepts a page with no front matter", () => {
    const read = readFrontMatter("Just text.", FILE);
    expect(read.ok && read.page.frontMatter).toEqual({});
  });

  it("refuses pagination, eleventyComputed and template syntax in the permalink of a markdown page", () => {
    const read = readFrontMatter(
      page(
        "title: Our work",
        "permalink: /{{ page.fileSlug }}/",
        "pagination:",
        "  data: policies",
        "eleventyComputed:",
        "  title: x",
      ),
      FILE,
    );
    expect(read.ok ? [] : read.errors.map((error) => `${error.line} ${error.path}: ${error.message}`).sort()).toEqual([
      "3 permalink: write the permalink as a plain address such as /our-equality-work/: '{{' and '{%' are not allowed in a markdown page",
      "5 pagination: markdown pages cannot use 'pagination': remove it, or make the page a .njk template (found a group of fields)",
      "7 eleventyComputed: markdown pages cannot use 'eleventyComputed': remove it, or make the page a .njk template (found a group of fields)",
    ]);
  });

  it("still lets a Nunjucks page use pagination and a templated permalink", () => {
    const read = readFrontMatter(
      page("pagination:", "  data: policies", "permalink: /{{ page.fileSlug }}/"),
      "site/policies.njk",
    );
    expect(read.ok).toBe(true);
  });

  it("reports broken YAML at its line in the page", () => {
    const read = readFrontMatter(page("title: Our work", "lede: [unclosed"), FILE);
    expect(read.ok ? [] : read.errors.map((error) => [error.file, error.line])).toEqual([[FILE, 3]]);
  });
});

describe("reading every page of a site folder", () => {
  const root = makeTempDir("front-matter");
  afterAll(() => removeDir(root));

  it("checks every page and leaves out includes, naming files from the root", () => {
    mkdirSync(path.join(root, "site/_includes/layouts"), { recursive: true });
    mkdirSync(path.join(root, "site/policies"), { recursive: true });
    writeFileSync(path.join(root, "site/_includes/layouts/base.njk"), "{{ content }}");
    writeFileSync(path.join(root, "site/index.njk"), page("title: Home"));
    writeFileSync(path.join(root, "site/policies/index.md"), page("width: wide"));
    expect(listPageTemplates(path.join(root, "site"))).toEqual(["index.njk", "policies/index.md"]);
    const read = readPages(path.join(root, "site"), root);
    expect(read.ok ? [] : read.errors.map((error) => `${error.file}:${error.line} ${error.path}`)).toEqual([
      "site/policies/index.md:2 width",
    ]);
  });

  it("lints the body of each markdown page, at the lines of the file, but not Nunjucks pages", () => {
    writeFileSync(
      path.join(root, "site/index.njk"),
      page("title: Home").replace("Body text.", "<p>Templates may use HTML.</p>"),
    );
    writeFileSync(
      path.join(root, "site/policies/index.md"),
      page("title: Policies").replace("Body text.", "Read [click here](/policies/).\n\n# Policies"),
    );
    const read = readPages(path.join(root, "site"), root);
    expect(
      read.ok ? [] : read.errors.map((error) => `${error.file}:${error.line}:${error.column} ${error.message}`),
    ).toEqual([
      "site/policies/index.md:5:6 the link text 'click here' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)",
      "site/policies/index.md:7:1 this is a second h1: the page title is the h1, so start headings at '## '",
    ]);
  });
});
