/** What the gate reports: one finding per problem, naming the page, the rule, the element and the fix. */

export const gateTools = ["html-validate", "axe", "htmlcs", "gate"] as const;
export type GateTool = (typeof gateTools)[number];

export interface GateFinding {
  /** Site-relative URL of the page, such as `/objectives/fair-access/`. */
  page: string;
  tool: GateTool;
  /** The rule's id in its tool, such as `image-alt` or `WCAG2AA.Principle1.Guideline1_1.1_1_1.H37`. */
  rule: string;
  /** Where on the page: a CSS selector, or a line and column, with a snippet of the markup. */
  element: string;
  message: string;
  /** What to change, in plain English. */
  fix: string;
  /** The rule's documentation, where the tool gives one. */
  helpUrl?: string;
}

export interface GateResult {
  passed: boolean;
  /** Pages built, as site-relative URLs. */
  pages: string[];
  /** Pages each browser check completed on; equal to `pages` when nothing failed to load. */
  pagesChecked: number;
  /** Of those, pages that passed in an earlier build with the same HTML, files, rules and tools (gate-cache.ts). */
  pagesFromCache: number;
  findings: GateFinding[];
  /** When the checks ran, ISO 8601 in UTC. */
  checkedAt: string;
  durationSeconds: { htmlValidate: number; pa11y: number };
  standard: string;
  tools: string[];
}

/**
 * Plain-English fixes for the problems comms teams meet most, keyed by rule id. Other rules fall
 * back to the tool's own message and documentation link.
 */
const FIXES: Record<string, string> = {
  "image-alt": 'Give the image alternative text that says what it shows, or alt="" if it is decorative.',
  "wcag/h37": 'Give the image alternative text that says what it shows, or alt="" if it is decorative.',
  H37: 'Give the image alternative text that says what it shows, or alt="" if it is decorative.',
  "link-name": "Give the link text that says where it goes; an empty link cannot be read out.",
  "wcag/h30": "Give the link text that says where it goes; an empty link cannot be read out.",
  H91: "Give the link or control text (or an accessible name) that says what it does.",
  H30: "Give the link text that says where it goes; an empty link cannot be read out.",
  "text-content": "Give the element text, or an aria-label, so assistive technology can announce it.",
  "color-contrast":
    "Darken the text or lighten its background to a contrast ratio of at least 4.5:1 (3:1 for large text); use NHS.UK colours.",
  G18: "Darken the text or lighten its background to a contrast ratio of at least 4.5:1 (3:1 for large text); use NHS.UK colours.",
  "heading-order": "Do not skip heading levels: after an h2 comes an h3, not an h4.",
  "heading-level": "Do not skip heading levels: after an h2 comes an h3, not an h4.",
  "td-has-header": 'Give the table a header row of th cells with scope="col" (and row headers with scope="row").',
  "th-has-data-cells": "Make sure every header cell labels data cells, or make it a data cell.",
  LayoutTable:
    'Give the table a header row of th cells with scope="col", so it reads as a data table rather than layout.',
  H43: 'Give the table a header row of th cells with scope="col" (and row headers with scope="row").',
  "element-permitted-content":
    "Move the element: it is not allowed inside its parent (for example a div inside a p, or a block inside a link).",
  "element-permitted-parent": "Move the element: it is not allowed inside its parent.",
  "no-implicit-close": "Close the element before starting a block element: a p cannot contain a div.",
  "close-order": "Close elements in the order they were opened, and remove stray end tags.",
  "prefer-tbody": "Wrap the table's rows in thead and tbody.",
  "wcag/h63": 'Give each header cell scope="col" or scope="row".',
  "target-size": "Make the link or button at least 24 by 24 pixels, or leave that much space around it.",
  "no-inline-style": "Move the style into the site's stylesheet: inline styles are blocked by the security policy.",
  list: "Put only li elements directly inside ul and ol.",
  listitem: "Put li elements inside a ul or ol.",
  "page-load": "Check the page builds and is served: the browser could not load it.",
  "page-status": "The page answered with an error status: check its address and that it was built.",
  "page-count": "Every built page must be checked: look for pages that failed to load.",
};

/**
 * The fix for a rule. HTML_CodeSniffer's codes are dotted paths ending in a technique and a
 * variant (`...1_4_3.G18.Fail`), so the most specific segment with a known fix wins.
 */
export function fixFor(rule: string, fallback: string): string {
  if (FIXES[rule]) return FIXES[rule];
  const segments = rule.split(".").reverse();
  const known = segments.find((segment) => FIXES[segment]);
  return known ? (FIXES[known] as string) : fallback;
}

/** A problem with a whole page (or the whole site), rather than with one element. */
export function pageFailure(page: string, rule: string, message: string): GateFinding {
  return { page, tool: "gate", rule, element: "(the whole page)", message, fix: fixFor(rule, message) };
}
