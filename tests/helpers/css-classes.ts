/**
 * The class names a stylesheet has rules for, and the `nhsuk-` classes a built page uses, so a test
 * can say which classes of a page its stylesheet styles.
 */

/** Every class named in a selector of the CSS: `.nhsuk-tag--blue`, not text inside declarations. */
export function classSelectors(css: string): Set<string> {
  // Emptying the innermost blocks leaves selectors and at-rule conditions: declarations never
  // nest deeper than their rule, and an @media's own block keeps its rules' selectors.
  const selectors = css.replace(/\{[^{}]*\}/g, "{}");
  return new Set([...selectors.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((match) => match[1] ?? ""));
}

/** The `nhsuk-` classes in an HTML page's class attributes. */
export function nhsukClasses(html: string): Set<string> {
  const classes = new Set<string>();
  for (const match of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of (match[1] ?? "").split(/\s+/)) if (name.startsWith("nhsuk-")) classes.add(name);
  }
  return classes;
}

/**
 * Classes nhsuk-frontend's macros write that its own full stylesheet has no rule for either
 * (checked against `dist/nhsuk/nhsuk-frontend.min.css` 10.6.1): markers its styles reach another
 * way, so no rule can have been lost.
 */
export const CLASSES_WITHOUT_RULES = new Set([
  // The header marks the current page's item; its styles select the link's aria-current instead.
  "nhsuk-header__navigation-item--current",
  // The action link's icon names its shape; it is styled as `.nhsuk-action-link .nhsuk-icon`.
  "nhsuk-icon--arrow-right-circle",
]);

/**
 * Classes nhsuk-frontend's script adds once a page has loaded, so they are in no built page but
 * must be in the stylesheet: site/assets/js/app.js adds `nhsuk-frontend-supported` to the body, the
 * header gives its "More" menu `nhsuk-header__menu-list`, and the skip link marks its target.
 */
export const CLASSES_ADDED_BY_SCRIPT = [
  "nhsuk-frontend-supported",
  "nhsuk-header__menu-list",
  "nhsuk-skip-link-focused-element",
];

/**
 * The `nhsuk-` classes the site's pages use, and those its script adds, that the stylesheet has no
 * rule for, as 'class (first page that uses it)'; empty when every one is styled.
 */
export function unstyledClasses(pages: { url: string; html: string }[], css: string): string[] {
  const styled = classSelectors(css);
  const firstUse = new Map<string, string>(CLASSES_ADDED_BY_SCRIPT.map((name) => [name, "nhsuk-frontend's script"]));
  for (const page of pages) {
    for (const name of nhsukClasses(page.html)) if (!firstUse.has(name)) firstUse.set(name, page.url);
  }
  return [...firstUse]
    .filter(([name]) => !styled.has(name) && !CLASSES_WITHOUT_RULES.has(name))
    .map(([name, url]) => `${name} (${url})`)
    .sort();
}
