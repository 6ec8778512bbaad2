/**
 * A pa11y runner for axe-core that tests WCAG 2.2 AA. pa11y 9's built-in axe runner asks axe only
 * for the wcag2a, wcag21a, wcag2aa and wcag21aa tags (and best practice), so the WCAG 2.2 rules
 * (such as target-size) would never run. This runner asks for exactly the tags the law requires.
 *
 * CommonJS, because pa11y loads runners with require(); `run` is stringified by pa11y and executed
 * inside the page, so it may use nothing from this file's scope.
 * See https://github.com/pa11y/pa11y#runners and axe-core's API documentation.
 */
"use strict";

const path = require("node:path");

module.exports = {
  supports: "^9.0.0",
  scripts: [path.join(path.dirname(require.resolve("axe-core")), "axe.min.js")],
  run: async (options) => {
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    const context = options.rootElement || window.document;
    const results = await window.axe.run(context, {
      runOnly: { type: "tags", values: tags },
      // "Incomplete" results need a person to review them; they are not failures of the gate.
      resultTypes: ["violations"],
    });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => ({
        element: window.document.querySelector(node.target.join(" ")),
        code: violation.id,
        type: "error",
        message: `${violation.help} (${violation.helpUrl})`,
        runnerExtras: {
          description: violation.description,
          impact: violation.impact,
          help: violation.help,
          helpUrl: violation.helpUrl,
          fix: node.failureSummary,
        },
      })),
    );
  },
};
