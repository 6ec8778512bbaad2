/** The parts of pa11y's programmatic API the gate's own runner uses (pa11y ships no declarations). */
declare module "pa11y" {
  import type { Browser, Page } from "puppeteer";
  import type { Pa11yIssue } from "pa11y-ci";

  export interface Pa11yOptions {
    /** A browser and a page of it to test in: pa11y then opens and closes neither. */
    browser?: Browser;
    page?: Page;
    /** Test the page as it is, without navigating: the caller has loaded it. */
    ignoreUrl?: boolean;
    runners?: string[];
    standard?: "WCAG2A" | "WCAG2AA" | "WCAG2AAA";
    timeout?: number;
    log?: { error(message: string): void; info(message: string): void; debug(message: string): void };
  }

  export interface Pa11yResults {
    documentTitle: string;
    pageUrl: string;
    issues: Pa11yIssue[];
  }

  function pa11y(url: string, options: Pa11yOptions): Promise<Pa11yResults>;
  namespace pa11y {
    /** The options pa11y tests with unless told otherwise. */
    const defaults: { viewport: { width: number; height: number }; userAgent: string };
  }
  export default pa11y;
}
