/**
 * A new page's file, address and text: front matter a markdown page may have, with the page
 * layout and an EDIT note beside each field, and a body that starts its headings at '##'.
 */
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../lib/content/front-matter.ts";
import { markdownFrontMatterSchema } from "../../../lib/schemas/front-matter.ts";
import { newPage } from "../../../lib/scaffold/page.ts";
import { idFromTitle, uniqueId } from "../../../lib/scaffold/unique-id.ts";

describe("a new page", () => {
  const page = newPage("Our staff networks: who they're for");

  it("is a file named from its title, at the address of that name", () => {
    expect(page.fileName).toBe("our-staff-networks-who-they-re-for.md");
    expect(page.address).toBe("/our-staff-networks-who-they-re-for/");
  });

  it("has front matter a markdown page may have: the page layout, title, description and lede", () => {
    const read = readFrontMatter(page.text, "page.md");
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const frontMatter = markdownFrontMatterSchema.parse(read.page.frontMatter);
    expect(frontMatter).toEqual({
      layout: "layouts/page.njk",
      title: "Our staff networks: who they're for",
      description: "What this page is about, in one sentence.",
      lede: "The one or two sentences a reader needs first.",
    });
  });

  it("marks each field to edit, and starts the body's headings at '##'", () => {
    expect(page.text.match(/# EDIT:/g)).toHaveLength(3);
    expect(page.text).toMatch(/\n## What to write here\n/);
    expect(page.text).not.toMatch(/\n# /);
  });
});

describe("ids from titles", () => {
  it("are the title's words in kebab-case, ASCII only", () => {
    expect(idFromTitle("Équité & santé: 2026")).toBe("equite-sante-2026");
  });

  it("stop at a whole word once a title is longer than 60 characters", () => {
    const id = idFromTitle("A policy on the very many different ways people can ask for flexible working arrangements");
    expect(id).toBe("a-policy-on-the-very-many-different-ways-people-can-ask-for");
    expect(id.length).toBeLessThanOrEqual(60);
  });

  it("are '' for a title with nothing to make one from", () => {
    expect(idFromTitle("—")).toBe("");
  });

  it("take the next free number when taken", () => {
    expect(uniqueId("fair-access", ["fair-access", "fair-access-2"])).toBe("fair-access-3");
    expect(uniqueId("fair-access", ["other"])).toBe("fair-access");
  });
});
