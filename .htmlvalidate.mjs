/**
 * html-validate settings for the gate (lib/gate/validate-html.ts): every built page must pass the
 * recommended, document and a11y presets. Any rule changed here says why.
 * Rules: https://html-validate.org/rules/
 */
export default {
  extends: ["html-validate:recommended", "html-validate:document", "html-validate:a11y"],
  // The search page's Pagefind elements (site/search.njk, docs/search.md) are custom elements: they
  // hold flow content, which their script writes. Named here, so any other unknown element is still
  // an error (no-unknown-elements).
  elements: [
    "html5",
    {
      "pagefind-input": { flow: true, attributes: { placeholder: {} } },
      "pagefind-summary": { flow: true },
      "pagefind-filter-pane": { flow: true },
      "pagefind-results": { flow: true },
    },
  ],
  rules: {
    // Subresource integrity protects against a third party changing a file. Our CSS and JS are
    // served from the site itself (no CDN), so require it only where something crosses origins.
    "require-sri": ["error", { target: "crossorigin" }],
    // nhsuk-frontend's page template puts role="banner" on <header> and role="contentinfo" on
    // <footer> on purpose, for assistive technology that does not map the elements to landmarks.
    // That markup is the design system's, not ours to rewrite.
    "no-redundant-role": "off",
    // nhsuk-frontend's header writes its "More" menu toggle as <button> without type. It sits in
    // no form, so it can submit nothing; the markup is the design system's.
    "no-implicit-button-type": "off",
    // Page titles are the page's own title then the organisation's short name, from data the
    // comms team writes ("Recruitment and selection policy - NHS Wealdmoor ICB"). The 70-character
    // limit is a search-engine heuristic, not an accessibility rule (WCAG 2.4.2 asks that titles
    // describe the page), and cutting them short would lose the words that tell pages apart.
    "long-title": "off",
  },
};
