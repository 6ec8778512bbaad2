import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../../lib/content/parse-front-matter.ts";

describe("parseFrontMatter, as Eleventy renders a page's front matter", () => {
  it("keeps a date as the text that was checked, not a Date", () => {
    expect(parseFrontMatter("title: Report\nreviewed: 2026-11-23\n")).toEqual({
      title: "Report",
      reviewed: "2026-11-23",
    });
  });

  it("keeps yes and no as words, as the checks read them (YAML 1.2)", () => {
    expect(parseFrontMatter("answer: yes\n")).toEqual({ answer: "yes" });
  });

  it("reads a block saved with Windows line endings without a stray carriage return", () => {
    expect(parseFrontMatter("\r\ntitle: Contact us\r\nlede: Ask us.\r")).toEqual({
      title: "Contact us",
      lede: "Ask us.",
    });
  });

  it("gives an empty block as no data", () => {
    expect(parseFrontMatter("")).toEqual({});
  });
});
