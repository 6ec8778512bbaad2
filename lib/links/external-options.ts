/** Command-line options of `npm run links:external`; a mistake is a usage error (exit 2). */
import { DEFAULT_OUTPUT_DIR } from "../folders.ts";

export interface ExternalLinkOptions {
  siteDir: string;
  timeoutMs: number;
  concurrency: number;
}

export class ExternalUsageError extends Error {}

export const EXTERNAL_USAGE = `Usage: npm run links:external -- [--site DIR] [--timeout SECONDS] [--concurrency N]\n  --site         the published site folder (default ${DEFAULT_OUTPUT_DIR})\n  --timeout      seconds to wait for each request (default 10)\n  --concurrency  requests at a time (default 8)`;

export function parseExternalOptions(args: string[]): ExternalLinkOptions {
  const options: ExternalLinkOptions = { siteDir: DEFAULT_OUTPUT_DIR, timeoutMs: 10_000, concurrency: 8 };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => {
      const next = inline ?? args[++index];
      if (next === undefined || next === "") throw new ExternalUsageError(`${name} needs a value.\n${EXTERNAL_USAGE}`);
      return next;
    };
    switch (name) {
      case "--site":
        options.siteDir = value();
        break;
      case "--timeout":
        options.timeoutMs = positive(name, value(), false) * 1000;
        break;
      case "--concurrency":
        options.concurrency = positive(name, value(), true);
        break;
      default:
        throw new ExternalUsageError(`Unknown option '${arg}'.\n${EXTERNAL_USAGE}`);
    }
  }
  return options;
}

function positive(name: string, text: string, whole: boolean): number {
  const number = Number(text);
  if (!Number.isFinite(number) || number <= 0 || (whole && !Number.isInteger(number)) || number > 600) {
    throw new ExternalUsageError(
      `${name} must be a ${whole ? "whole " : ""}number from ${whole ? 1 : "above 0"} to 600, not '${text}'.\n${EXTERNAL_USAGE}`,
    );
  }
  return number;
}
