/**
 * Inset text, warning callouts and details written with `:::` come out as nhsuk-frontend 10's
 * macros make them, so authors get the NHS.UK components without raw HTML.
 */
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../lib/markdown/create-markdown.ts";

const md = createMarkdown();

describe("the ::: components", () => {
  it("renders inset text with its hidden 'Information: ' and the markdown inside", () => {
    expect(md.render("::: inset\nText **with markdown**.\n:::")).toBe(
      '<div class="nhsuk-inset-text">\n<span class="nhsuk-u-visually-hidden">Information: </span>\n<p>Text <strong>with markdown</strong>.</p>\n</div>\n',
    );
  });

  it("renders a warning callout whose heading already says 'Important' without repeating it", () => {
    expect(md.render("## Before you start\n\n::: warning Important: read this first\nText.\n:::")).toBe(
      '<h2 id="before-you-start">Before you start</h2>\n<div class="nhsuk-card nhsuk-card--warning">\n<div class="nhsuk-card__content">\n<h3 class="nhsuk-card__heading">Important: read this first</h3>\n<p>Text.</p>\n</div>\n</div>\n',
    );
  });

  it("starts any other warning heading with a hidden 'Important: ', as the macro does", () => {
    expect(md.render("## Before you start\n\n::: warning Check your details\nText.\n:::")).toBe(
      '<h2 id="before-you-start">Before you start</h2>\n<div class="nhsuk-card nhsuk-card--warning">\n<div class="nhsuk-card__content">\n<h3 class="nhsuk-card__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>Check your details</span></h3>\n<p>Text.</p>\n</div>\n</div>\n',
    );
  });

  it("gives a warning the heading 'Important' when the author gives none", () => {
    expect(md.render("## Before you start\n\n::: warning\nText.\n:::")).toContain(
      '<h3 class="nhsuk-card__heading">Important</h3>',
    );
  });

  it("makes the warning's heading one level below the heading it sits under, so no level is skipped", () => {
    expect(md.render("::: warning\nText.\n:::")).toContain('<h2 class="nhsuk-card__heading">Important</h2>');
    expect(md.render("## Section\n\n### Part\n\n::: warning\nText.\n:::")).toContain(
      '<h4 class="nhsuk-card__heading">Important</h4>',
    );
  });

  it("renders details with the summary readers click and the text they open", () => {
    expect(md.render("::: details How we use your information\nText.\n\n- one\n:::")).toBe(
      '<details class="nhsuk-details">\n<summary class="nhsuk-details__summary">\n<span class="nhsuk-details__summary-text">How we use your information</span>\n</summary>\n<div class="nhsuk-details__text">\n<p>Text.</p>\n<ul class="nhsuk-list nhsuk-list--bullet">\n<li>one</li>\n</ul>\n</div>\n</details>\n',
    );
  });

  it("escapes a heading or summary as text", () => {
    expect(md.render('::: details <script>alert("x")</script> & more\nText.\n:::')).toContain(
      '<span class="nhsuk-details__summary-text">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</span>',
    );
    expect(md.render("::: warning <b>Bold</b>\nText.\n:::")).toContain(
      "Important: </span>&lt;b&gt;Bold&lt;/b&gt;</span>",
    );
  });

  it("can hold another component, and can sit in a list item", () => {
    expect(md.render("::: details Outer\n::: inset\nInner.\n:::\n:::")).toBe(
      '<details class="nhsuk-details">\n<summary class="nhsuk-details__summary">\n<span class="nhsuk-details__summary-text">Outer</span>\n</summary>\n<div class="nhsuk-details__text">\n<div class="nhsuk-inset-text">\n<span class="nhsuk-u-visually-hidden">Information: </span>\n<p>Inner.</p>\n</div>\n</div>\n</details>\n',
    );
    expect(md.render("- Item\n\n  ::: inset\n  Inside.\n  :::")).toContain(
      '<li>\n<p>Item</p>\n<div class="nhsuk-inset-text">',
    );
  });

  it("can start straight after a paragraph", () => {
    expect(md.render("Before.\n::: inset\nInside.\n:::\nAfter.")).toBe(
      '<p>Before.</p>\n<div class="nhsuk-inset-text">\n<span class="nhsuk-u-visually-hidden">Information: </span>\n<p>Inside.</p>\n</div>\n<p>After.</p>\n',
    );
  });

  it("leaves an unknown component as text, for the content lint to report", () => {
    expect(md.render("::: danger\nText.\n:::")).toBe("<p>::: danger\nText.\n:::</p>\n");
  });

  it("leaves a component with no closing ::: as text", () => {
    expect(md.render("::: inset\nText.")).toBe("<p>::: inset\nText.</p>\n");
  });

  it("leaves details with no summary, and inset text with a heading, as text", () => {
    expect(md.render("::: details\nText.\n:::")).toBe("<p>::: details\nText.\n:::</p>\n");
    expect(md.render("::: inset Note\nText.\n:::")).toBe("<p>::: inset Note\nText.\n:::</p>\n");
  });

  it("treats ::: inside a code block as code", () => {
    expect(md.render("```\n::: inset\nText.\n:::\n```")).toBe("<pre><code>::: inset\nText.\n:::\n</code></pre>\n");
  });
});
