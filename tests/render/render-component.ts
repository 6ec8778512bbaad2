/** Renders one of our components through the same Nunjucks set-up and filters as the site. */
import path from "node:path";
import { parseHTML } from "linkedom";
import { createComponentEnvironment } from "../../lib/nunjucks/create-environment.ts";
import { PROJECT_ROOT } from "../helpers/build-hub.ts";

const environment = createComponentEnvironment(path.join(PROJECT_ROOT, "site/_includes"));

/** `component` is the folder name, such as `rating-tag`; `macro` its macro, such as `appRatingTag`. */
export function renderComponent(
  component: string,
  macro: string,
  params: Record<string, unknown>,
): DocumentFragment & { html: string } {
  const html = environment.renderString(
    `{% from "components/${component}/macro.njk" import ${macro} %}{{ ${macro}(params) }}`,
    { params },
  );
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return Object.assign(document.body as unknown as DocumentFragment, { html });
}
