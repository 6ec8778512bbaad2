/**
 * The nhsuk-frontend components whose styles the hub's pages need, and no others: the stylesheet
 * is compiled from nhsuk-frontend's Sass with its core and these (compile-nhsuk-css.ts), which
 * keeps a page well under 30 KB of gzipped HTML and CSS. nhsuk-frontend's core (grid, typography,
 * lists, links, icons and the `nhsuk-u-` utilities) is always included.
 *
 * A component belongs here when a template imports its macro (`from "nhsuk/components/<name>/…"`),
 * a markdown rule writes its classes (lib/markdown/rules), or nhsuk-frontend's own page template or
 * script uses it. Adding a macro or a class from a component not listed means adding it here:
 * tests/gate/example-hubs.test.ts fails for any `nhsuk-` class in a built page that the stylesheet
 * has no rule for.
 */
export const NHSUK_COMPONENTS = [
  // nhsuk/template.njk: the "Skip to main content" link on every page.
  "skip-link",
  // site/_includes/layouts/base.njk: every page. The header's script also adds
  // `nhsuk-header__menu-list` when the navigation does not fit and a "More" menu is shown.
  "header",
  // The header's search form (base.njk's `search`): its label, its input and its button. The
  // header's own styles forward the input's; listed so the dependency is not hidden.
  "label",
  "input",
  "button",
  "footer",
  "breadcrumb",
  // The breadcrumb's "Back to …" link on small screens is a back link (the breadcrumb also
  // forwards its styles; listed so the dependency is not hidden).
  "back-link",
  // base.njk: the banner of an organisation that has closed.
  "notification-banner",
  // site/index.njk and objectives/index.njk (card groups), and the markdown `::: warning` container
  // (lib/markdown/rules/nhsuk-containers.ts writes `nhsuk-card--warning`).
  "card",
  // The markdown `::: details` container, and the scorecard's "How the rating is worked out".
  "details",
  // The markdown `::: inset` container, and engagement pages.
  "inset-text",
  // engagement/engagement.njk: "Take part" links.
  "action-link",
  // Policy, objective and engagement pages, and the contact details.
  "summary-list",
  // Every data table, and markdown tables (lib/markdown/rules/nhsuk-tables.ts, responsive-tables.ts).
  "tables",
  // Status and rating tags: policies, objectives, the schedule, engagement, the scorecard.
  "tag",
] as const;

export type NhsukComponent = (typeof NHSUK_COMPONENTS)[number];
