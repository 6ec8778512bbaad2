/**
 * html-validate over every built page, with the project's .htmlvalidate.mjs (recommended,
 * document and a11y presets). In-process and fast: no browser is needed for this part.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { fixFor, type GateFinding } from "./findings.ts";

export interface PageFile {
  url: string;
  outputPath: string;
}

/** `onPageDone` is called as each page is checked, for the gate's progress (lib/gate/progress.ts). */
export async function validateHtml(
  pages: PageFile[],
  projectRoot: string = process.cwd(),
  onPageDone?: () => void,
): Promise<GateFinding[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  // Pages are named as if they sat in the project root, so the project's .htmlvalidate.mjs
  // applies wherever the staging folder is.
  const virtualFile = path.join(projectRoot, "page.html");
  const findings: GateFinding[] = [];
  for (const page of pages) {
    const markup = await readFile(page.outputPath, "utf8");
    const report = await validator.validateString(markup, virtualFile);
    for (const result of report.results) {
      for (const message of result.messages) {
        findings.push({
          page: page.url,
          tool: "html-validate",
          rule: message.ruleId,
          element: `line ${message.line}, column ${message.column}: ${message.selector ?? snippet(markup, message.offset, message.size)}`,
          message: message.message,
          fix: fixFor(message.ruleId, `See ${message.ruleUrl ?? "https://html-validate.org/rules/"}`),
          ...(message.ruleUrl ? { helpUrl: message.ruleUrl } : {}),
        });
      }
    }
    onPageDone?.();
  }
  return findings;
}

function snippet(markup: string, offset: number, size: number): string {
  return markup.slice(offset, offset + Math.min(Math.max(size, 1), 120)).replace(/\s+/g, " ");
}
