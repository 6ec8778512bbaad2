/** The parts of pa11y-ci's programmatic API the gate uses (pa11y-ci ships no declarations). */
declare module "pa11y-ci" {
  export interface Pa11yIssue {
    code: string;
    type: "error" | "warning" | "notice";
    typeCode: number;
    message: string;
    context: string | null;
    selector: string;
    runner: string;
    runnerExtras?: Record<string, unknown>;
  }

  export interface Pa11yCiReport {
    total: number;
    passes: number;
    errors: number;
    /** Per URL: the issues found, or a single Error where the page could not be tested. */
    results: Record<string, Array<Pa11yIssue | Error>>;
  }

  export interface Pa11yCiOptions {
    concurrency?: number;
    chromeLaunchConfig?: { executablePath?: string; args?: string[]; headless?: boolean | "shell" };
    useIncognitoBrowserContext?: boolean;
    runners?: string[];
    standard?: "WCAG2A" | "WCAG2AA" | "WCAG2AAA";
    timeout?: number;
    wait?: number;
    reporters?: unknown[];
    log?: { error(message: string): void; info(message: string): void; debug(message: string): void };
    [option: string]: unknown;
  }

  export default function pa11yCi(urls: string[], options: Pa11yCiOptions): Promise<Pa11yCiReport>;
}
