/**
 * The editing forms at `<base path>admin/` (docs/cms.md): the page that starts Sveltia CMS, its
 * configuration (cms-config.ts) and the CMS's own script, copied from node_modules so nothing is
 * loaded from a CDN. Written by the build beside the hub's pages after the search index, as the
 * robots file is: it is a third-party app, not one of the hub's pages, so Eleventy, the sitemap,
 * the feed, site search, the link checks and the gate never see it (docs/gate.md, "Not checked").
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import type { CmsSettings } from "../schemas/cms.ts";
import { cmsConfig } from "./cms-config.ts";

/** The admin's folder in the hub's folder, and the start of its address under the base path. */
export const ADMIN_FOLDER = "admin";
export const CMS_SCRIPT = "sveltia-cms.js";

/** The CMS's browser build: its script and the chunks it loads from beside it (react-dom). */
function cmsDistFolder(): string {
  // The package's entry is npm/index.js; the browser build is in dist/ beside it.
  return path.join(path.dirname(fileURLToPath(import.meta.resolve("@sveltia/cms"))), "..", "dist");
}

export function adminPageText(title: string): string {
  // Relative addresses, so the page works at /admin/ and under any base path (/equality/admin/).
  return [
    "<!doctype html>",
    '<html lang="en-GB">',
    "  <head>",
    '    <meta charset="utf-8">',
    '    <meta name="viewport" content="width=device-width, initial-scale=1">',
    '    <meta name="robots" content="noindex, nofollow">',
    `    <title>Edit ${escapeHtml(title)}</title>`,
    '    <link href="config.yml" type="application/yaml" rel="cms-config-url">',
    "  </head>",
    "  <body>",
    `    <script src="${CMS_SCRIPT}"></script>`,
    "  </body>",
    "</html>",
    "",
  ].join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function configFileText(settings: CmsSettings, siteUrl: string): string {
  const { config } = cmsConfig(settings);
  const withSite = { ...config, site_url: siteUrl, display_url: siteUrl };
  return [
    "# Written by equality-hub at each build from the schemas in lib/schemas (lib/cms/cms-config.ts).",
    "# Do not edit: change the schema, or organisation.yaml's cms settings, and build again.",
    stringify(withSite, { aliasDuplicateObjects: false, lineWidth: 0 }),
  ].join("\n");
}

/** Writes the admin into `hubDir` (the base path's folder of the site folder). */
export function writeAdminFiles(hubDir: string, settings: CmsSettings, siteUrl: string, title: string): void {
  const adminDir = path.join(hubDir, ADMIN_FOLDER);
  mkdirSync(path.join(adminDir, "chunks"), { recursive: true });
  writeFileSync(path.join(adminDir, "index.html"), adminPageText(title));
  writeFileSync(path.join(adminDir, "config.yml"), configFileText(settings, siteUrl));
  const dist = cmsDistFolder();
  copyFileSync(path.join(dist, CMS_SCRIPT), path.join(adminDir, CMS_SCRIPT));
  for (const chunk of readdirSync(path.join(dist, "chunks")).filter((name) => name.endsWith(".js"))) {
    copyFileSync(path.join(dist, "chunks", chunk), path.join(adminDir, "chunks", chunk));
  }
}
