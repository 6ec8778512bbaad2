/**
 * The build command's options. Every option can also come from the environment, so Netlify and CI
 * configure the build without flags; a flag wins over the environment.
 */
import { parseArgs } from "node:util";
import { resolveToday } from "../dates/today.ts";

export interface BuildOptions {
  /** "Today" in Europe/London, `YYYY-MM-DD`: statuses and overdue flags are derived from it. */
  today: string;
  /** Folder holding the YAML data files. */
  dataDir: string;
  /** Folder the published site is written to. */
  outputDir: string;
}

export const BUILD_USAGE = `Usage: npm run build -- [--today YYYY-MM-DD] [--data DIR] [--output DIR]

  --today   the date statuses are worked out for (default: HUB_TODAY, else today in Europe/London)
  --data    the folder of YAML data files (default: HUB_DATA_DIR, else _data)
  --output  where the published site goes (default: HUB_OUTPUT_DIR, else _site)`;

/** Thrown for a mistake in how the build was called; its message is one sentence for the user. */
export class BuildUsageError extends Error {
  override name = "BuildUsageError";
}

export function parseBuildOptions(argv: string[], env: NodeJS.ProcessEnv, now: Date = new Date()): BuildOptions {
  let values: { today?: string; data?: string; output?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { today: { type: "string" }, data: { type: "string" }, output: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BuildUsageError(`${(error as Error).message}\n\n${BUILD_USAGE}`);
  }
  let today: string;
  try {
    today = resolveToday(values.today ?? env.HUB_TODAY, now);
  } catch (error) {
    throw new BuildUsageError((error as Error).message);
  }
  return {
    today,
    dataDir: values.data ?? env.HUB_DATA_DIR ?? "_data",
    outputDir: values.output ?? env.HUB_OUTPUT_DIR ?? "_site",
  };
}
