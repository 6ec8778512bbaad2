/**
 * Runs Eleventy with the project's config into a given folder and reports what it wrote.
 * The plugin reads "today" and the data folder from the environment (see lib/plugin.ts), so they
 * are set here for the run: the same interface the dev server and Netlify use.
 */
import Eleventy, { type WriteResult } from "@11ty/eleventy";

export interface BuiltPage {
  /** Site-relative URL, such as `/objectives/fair-access/`. */
  url: string;
  /** File written, such as `<output>/objectives/fair-access/index.html`. */
  outputPath: string;
}

export interface RunEleventyOptions {
  /** The Eleventy input folder; `site` unless a test builds a copy. */
  inputDir?: string;
  outputDir: string;
  dataDir: string;
  today: string;
}

export async function runEleventy({ inputDir = "site", outputDir, dataDir, today }: RunEleventyOptions): Promise<BuiltPage[]> {
  process.env.HUB_TODAY = today;
  process.env.HUB_DATA_DIR = dataDir;
  process.env.HUB_INPUT_DIR = inputDir;
  const eleventy = new Eleventy(inputDir, outputDir, { configPath: ".eleventy.ts", quietMode: true });
  // The build reports Eleventy's problems itself (describeEleventyError), without stack traces.
  eleventy.disableLogger();
  // write() answers [passthrough copies, templates]; only templates are pages.
  const [, templates] = await eleventy.write();
  return templates
    .filter((result): result is typeof result & { url: string; outputPath: string } =>
      typeof result.url === "string" && typeof result.outputPath === "string")
    .map(({ url, outputPath }) => ({ url, outputPath }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * An Eleventy failure as a comms officer can act on it: each wrapped error's message in turn
 * ("Having trouble rendering njk template ./site/x.njk", then the cause), never a stack trace.
 */
export function describeEleventyError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && messages.length < 10) {
    const message = current.message.trim();
    if (message && !messages.includes(message)) messages.push(message);
    const wrapped = current as Error & { originalError?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  if (messages.length === 0) return String(error);
  return messages.map((message, index) => (index === 0 ? message : `  because: ${message}`)).join("\n");
}
