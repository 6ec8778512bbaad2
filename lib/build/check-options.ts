/**
 * `npm run check`'s options: the build's, less those about the output and the gate. The check
 * writes only into a temporary folder it removes and runs no browser, so --output, --concurrency,
 * --cache-dir and --no-cache would do nothing; they are refused rather than ignored, so nobody
 * believes a check with them did what they say. The values come from parseBuildOptions, so every
 * flag and environment variable the check takes means exactly what it means to the build.
 */
import { parseArgs } from "node:util";
import { BUILD_FLAGS, BuildUsageError, parseBuildOptions, type BuildOptions } from "./options.ts";

export const CHECK_USAGE = `Usage: npm run check -- [--today YYYY-MM-DD] [--data DIR] [--input DIR] [--pages DIR] [--example NAME] [--base-path PATH]

Checks the data, every page's front matter and markdown, and every internal link, as the build
does, in a temporary folder it then removes. It runs no browser checks and publishes nothing:
only npm run build gates and publishes. Each option (and HUB_TODAY, HUB_DATA_DIR, HUB_INPUT_DIR,
HUB_PAGES_DIR, HUB_BASE_PATH) means what it means to npm run build.`;

/** The build's flags that have nothing to do in a check. */
const BUILD_ONLY = ["output", "concurrency", "cache-dir", "no-cache"];

/** The rest of the build's flags, so a flag added to the build reaches the check unless it is build-only. */
const CHECK_FLAGS = Object.fromEntries(
  Object.entries(BUILD_FLAGS).filter(([name]) => !BUILD_ONLY.includes(name)),
) as Record<string, { type: "string" | "boolean" }>;

export type CheckOptions = Omit<BuildOptions, "outputDir" | "concurrency">;

/** `now` and `root` as for parseBuildOptions. */
export function parseCheckOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
  now: Date = new Date(),
  root: string = process.cwd(),
): CheckOptions {
  try {
    parseArgs({
      args: argv,
      options: CHECK_FLAGS,
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    const flag = BUILD_ONLY.find((name) => argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)));
    const reason = flag
      ? `--${flag} is for npm run build: the check publishes nothing and runs no browser checks, so leave it out.`
      : (error as Error).message;
    throw new BuildUsageError(`${reason}\n\n${CHECK_USAGE}`);
  }
  const { outputDir: _output, concurrency: _concurrency, ...options } = parseBuildOptions(argv, env, now, root);
  return options;
}
