/**
 * What the dev server (`npm start`) shows while the last rebuild failed. Eleventy's dev server
 * only logs a failed build to the browser's console and leaves the last good page on screen, so
 * an editor who broke a YAML file sees no sign of it. Instead, the plugin checks the data and the
 * pages before each rebuild, as the build does (lib/build/check-content.ts), and records the
 * problems here; the middleware then answers every page request with an error page naming the
 * file, line and fix, and the next good rebuild clears it, so the page reloads to the real site.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { checkContent } from "../build/check-content.ts";
import { describeEleventyError } from "../build/run-eleventy.ts";
import { formatDataErrors } from "../data/errors.ts";
import type { HubFolders } from "../folders.ts";
import { renderDevErrorPage } from "./dev-error-page.ts";

/** Thrown to stop a rebuild whose data or pages have problems; its message is the build's. */
export class DevContentError extends Error {}

export class DevErrors {
  #problems: { problems: string[]; summary: string } | undefined;
  /** Called when the state changes, so the browser can be reloaded to show (or leave) the error page. */
  onChange: () => void = () => undefined;

  constructor(
    private readonly basePath: string,
    private readonly includesDir: string,
  ) {}

  /** Whether the last rebuild failed. */
  get failed(): boolean {
    return this.#problems !== undefined;
  }

  /** `message` as formatDataErrors writes it: a line for each problem, a blank line, the count. */
  fail(message: string): void {
    const lines = message.split("\n").filter((line) => line.trim() !== "");
    this.failWith(lines.slice(0, -1), lines.at(-1) ?? "");
  }

  /**
   * A rebuild that failed later, in Eleventy itself (a Nunjucks error in a template): its
   * message as the build prints it (describeEleventyError), one line each. A failure already
   * recorded by check() is left as it is.
   */
  failInEleventy(error: unknown): void {
    if (error instanceof DevContentError) return;
    const lines = describeEleventyError(error).split("\n");
    this.failWith(lines, "The site was not rebuilt: Eleventy could not render a template or page.");
  }

  private failWith(problems: string[], summary: string): void {
    this.#problems = { problems, summary };
    this.onChange();
  }

  pass(): void {
    if (this.#problems === undefined) return;
    this.#problems = undefined;
    this.onChange();
  }

  /**
   * The data and the pages checked as the build checks them; with problems, they are recorded
   * and a DevContentError thrown, so Eleventy stops the rebuild before writing anything.
   */
  check(folders: HubFolders, today: string): void {
    const content = checkContent(folders.data, folders.input, folders.pages, today);
    if (content.ok) return;
    const message = formatDataErrors(content.errors, "The site was not rebuilt");
    this.fail(message);
    throw new DevContentError(message);
  }

  /** Connect-style middleware for the dev server (`setServerOptions({ middleware })`). */
  middleware(): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
    return (request, response, next) => {
      const problems = this.#problems;
      if (problems === undefined || !isPageRequest(request)) return next();
      const html = renderDevErrorPage({ ...problems, basePath: this.basePath }, this.includesDir);
      response.statusCode = 500;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.setHeader("Cache-Control", "no-store");
      response.end(html);
    };
  }
}

/** A request for a page, not for a stylesheet, script, image or data file the page loads. */
export function isPageRequest(request: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  if (pathname.endsWith("/") || pathname.endsWith(".html")) return true;
  const lastPart = pathname.split("/").at(-1) ?? "";
  return !lastPart.includes(".") && (request.headers.accept ?? "").includes("text/html");
}
