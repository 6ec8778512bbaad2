/**
 * Opens one page of the served site in Chromium and records everything that says the page is
 * broken under its headers: Content-Security-Policy violations, console errors, script errors,
 * failed requests and error statuses. The tests run offline, so requests to other origins (the
 * NHS web font, which the policy allows) are answered with an empty response instead of the network;
 * anything the policy blocks never gets that far and is recorded as a violation.
 */
import type { Browser, HTTPRequest } from "puppeteer";

export interface Visit {
  status: number | undefined;
  /** Each problem as one readable line. */
  problems: string[];
}

interface RecordedViolation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations?: RecordedViolation[];
  }
}

export async function visit(browser: Browser, origin: string, address: string): Promise<Visit> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const url = new URL(address, origin).href;
  try {
    // Registered before any of the page's own code runs, so no violation is missed.
    await page.evaluateOnNewDocument(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (event) => {
        window.__cspViolations?.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: `${event.sourceFile}:${event.lineNumber}`,
        });
      });
    });
    await page.setRequestInterception(true);
    page.on("request", (request: HTTPRequest) => {
      if (new URL(request.url()).origin === origin) void request.continue();
      // The real font host allows cross-origin use (fonts need it); so must the stand-in.
      else void request.respond({ status: 204, headers: { "access-control-allow-origin": "*" }, body: "" });
    });
    page.on("console", (message) => {
      if (message.type() === "error")
        problems.push(`console error: ${message.text()} (${message.location().url ?? "no address"})`);
    });
    page.on("pageerror", (error) =>
      problems.push(`script error: ${error instanceof Error ? error.message : String(error)}`),
    );
    page.on("requestfailed", (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "no reason given"})`),
    );
    page.on("response", (response) => {
      if (response.status() >= 400 && response.url() !== url)
        problems.push(`status ${response.status()} for ${response.url()}`);
    });

    const response = await page.goto(url, { waitUntil: "networkidle0" });
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    for (const v of violations) {
      problems.push(
        `CSP violation: ${v.directive} blocked ${v.blocked || "inline code"}${v.sample ? ` "${v.sample}"` : ""} at ${v.source}`,
      );
    }
    return { status: response?.status(), problems };
  } finally {
    await page.close();
  }
}
