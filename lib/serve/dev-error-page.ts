/**
 * The dev server's error page (dev-errors.ts): the NHS.UK page template with the problems the
 * build would print, each in its own list item, rendered with autoescape on (a YAML value can hold
 * anything), from site/_includes/layouts/dev-server-error.njk.
 */
import { createComponentEnvironment } from "../nunjucks/create-environment.ts";

export interface DevErrorPage {
  /** One line each, as formatDataErrors prints them: `_data/objectives.yaml:13:11 …`. */
  problems: string[];
  /** Its last line: how many problems in how many files, and what to do. */
  summary: string;
  /** Where the hub is served: its stylesheet is under it. */
  basePath: string;
}

export function renderDevErrorPage(page: DevErrorPage, includesDir: string): string {
  const environment = createComponentEnvironment(includesDir);
  return environment.render("layouts/dev-server-error.njk", page);
}
