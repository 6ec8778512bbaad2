/**
 * The build command's options. Every option can also come from the environment, so Netlify and CI
 * configure the build without flags; a flag wins over the environment.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveToday } from "../dates/today.ts";
import { DEFAULT_FOLDERS, DEFAULT_OUTPUT_DIR, EXAMPLES_DIR } from "../folders.ts";
import { DEFAULT_GATE_CACHE_DIR } from "../gate/gate-cache.ts";
import { normaliseBasePath } from "../site-paths/base-path.ts";

export interface BuildOptions {
  /** "Today" in Europe/London, `YYYY-MM-DD`: statuses and overdue flags are derived from it. */
  today: string;
  /** Folder holding the YAML data files. */
  dataDir: string;
  /** Folder of templates, layouts and assets (Eleventy's input). */
  inputDir: string;
  /** Folder of the hub's markdown pages; the input folder unless the hub keeps its own. */
  pagesDir: string;
  /** Folder the published site is written to. */
  outputDir: string;
  /** Pages checked at once in the browser; see docs/gate.md for how the default was chosen. */
  concurrency: number | undefined;
  /**
   * Where on its host the hub lives, such as '/equality/' (lib/site-paths/base-path.ts). Undefined:
   * the path of the organisation's `siteUrl`, which is what a hub normally wants.
   */
  basePath: string | undefined;
  /**
   * Where the gate remembers the pages that passed (lib/gate/gate-cache.ts), so a rebuild checks
   * only what changed; undefined with `--no-cache`, when every page is checked.
   */
  gateCacheDir: string | undefined;
}

export const BUILD_USAGE = `Usage: npm run build -- [--today YYYY-MM-DD] [--data DIR] [--input DIR] [--output DIR] [--concurrency N] [--base-path PATH] [--no-cache] [--cache-dir DIR]

  --today   the date statuses are worked out for (default: HUB_TODAY, else today in Europe/London)
  --data    the folder of YAML data files (default: HUB_DATA_DIR, else ${DEFAULT_FOLDERS.data})
  --input   the folder of templates, layouts and assets (default: HUB_INPUT_DIR, else ${DEFAULT_FOLDERS.input})
  --pages   the folder of the hub's markdown pages (default: HUB_PAGES_DIR, else the input folder)
  --example one of the example hubs in ${EXAMPLES_DIR}/, such as closed-ccg: its data and pages
  --output  where the published site goes (default: HUB_OUTPUT_DIR, else ${DEFAULT_OUTPUT_DIR})
  --concurrency  pages checked at once in the browser (default: HUB_GATE_CONCURRENCY, else 4)
  --base-path    where on its host the hub lives, such as /equality/ (default: HUB_BASE_PATH, else
                 the path of siteUrl in organisation.yaml); --base-path / builds it at the root
  --cache-dir    where the gate remembers pages that passed, to check only changed ones next time,
                 and the build keeps its compiled nhsuk-frontend styles
                 (default: HUB_GATE_CACHE_DIR, else ${DEFAULT_GATE_CACHE_DIR})
  --no-cache     check every page, compile the styles afresh, and leave the cache alone (or
                 HUB_GATE_CACHE=off)

Every build is checked with html-validate and pa11y before it is published; there is no switch
to skip the checks.`;

/** Thrown for a mistake in how the build was called; its message is one sentence for the user. */
export class BuildUsageError extends Error {
  override name = "BuildUsageError";
}

/** The build's flags, as node's parseArgs reads them; `npm run check` takes some of them. */
export const BUILD_FLAGS = {
  today: { type: "string" },
  data: { type: "string" },
  input: { type: "string" },
  pages: { type: "string" },
  example: { type: "string" },
  output: { type: "string" },
  concurrency: { type: "string" },
  "base-path": { type: "string" },
  "cache-dir": { type: "string" },
  "no-cache": { type: "boolean" },
} as const satisfies Record<string, { type: "string" | "boolean" }>;

/** `root` is the project folder, where `examples/` is. */
export function parseBuildOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
  now: Date = new Date(),
  root: string = process.cwd(),
): BuildOptions {
  let values: {
    today?: string;
    data?: string;
    input?: string;
    pages?: string;
    example?: string;
    output?: string;
    concurrency?: string;
    "base-path"?: string;
    "cache-dir"?: string;
    "no-cache"?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: BUILD_FLAGS,
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
  const concurrencyText = values.concurrency ?? env.HUB_GATE_CONCURRENCY;
  const concurrency = concurrencyText === undefined || concurrencyText === "" ? undefined : Number(concurrencyText);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16)) {
    throw new BuildUsageError(`--concurrency must be a whole number from 1 to 16; got '${concurrencyText}'.`);
  }
  const basePathText = values["base-path"] ?? env.HUB_BASE_PATH;
  const basePath = basePathText === undefined || basePathText === "" ? undefined : normaliseBasePath(basePathText);
  if (basePathText && basePath === undefined) {
    throw new BuildUsageError(
      `--base-path must be a path on the host such as /equality/ (letters, digits, '-', '_', '.' and '/'; no '..'); got '${basePathText}'.`,
    );
  }
  const cacheOff = values["no-cache"] === true || env.HUB_GATE_CACHE === "off";
  const gateCacheDir = cacheOff ? undefined : (values["cache-dir"] ?? env.HUB_GATE_CACHE_DIR ?? DEFAULT_GATE_CACHE_DIR);
  const inputDir = values.input ?? env.HUB_INPUT_DIR ?? DEFAULT_FOLDERS.input;
  const example = values.example === undefined ? undefined : exampleFolders(values.example, values, root);
  return {
    today,
    concurrency,
    basePath,
    gateCacheDir,
    dataDir: example?.dataDir ?? values.data ?? env.HUB_DATA_DIR ?? DEFAULT_FOLDERS.data,
    inputDir,
    pagesDir: example?.pagesDir ?? values.pages ?? env.HUB_PAGES_DIR ?? inputDir,
    outputDir: values.output ?? env.HUB_OUTPUT_DIR ?? DEFAULT_OUTPUT_DIR,
  };
}

/** The example hubs there are: each folder of examples/ with a `_data` folder. */
export function exampleNames(root: string = process.cwd()): string[] {
  const dir = path.join(root, EXAMPLES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "_data")))
    .map((entry) => entry.name)
    .sort();
}

/** `--example closed-ccg`: its data and pages folders, or a usage error naming the examples there are. */
function exampleFolders(
  name: string,
  values: { data?: string; pages?: string },
  root: string,
): { dataDir: string; pagesDir: string } {
  if (values.data !== undefined || values.pages !== undefined) {
    throw new BuildUsageError("--example brings its own data and pages: leave out --data and --pages.");
  }
  const names = exampleNames(root);
  if (!names.includes(name)) {
    throw new BuildUsageError(
      `There is no example hub '${name}': use one of ${names.join(", ") || "(none)"}, or leave out --example to build the one in _data/ and site/.`,
    );
  }
  return { dataDir: path.join(EXAMPLES_DIR, name, "_data"), pagesDir: path.join(EXAMPLES_DIR, name, "pages") };
}
