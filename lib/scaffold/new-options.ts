/**
 * `npm run new`'s arguments: the kind of thing to add and its title, then the folder options the
 * build takes (--today, --data, --input, --pages, --example), meaning what they mean to the build
 * (lib/build/options.ts). A title typed without quotes is its words put back together, since a
 * comms officer would expect `npm run new -- page Our staff networks` to work.
 */
import { parseArgs } from "node:util";
import { suggestion } from "../data/did-you-mean.ts";
import { BUILD_FLAGS, BuildUsageError, parseBuildOptions } from "../build/options.ts";

export const NEW_KINDS = ["policy", "objective", "consultation", "report", "page"] as const;
export type NewKind = (typeof NEW_KINDS)[number];

export const NEW_USAGE = `Usage: npm run new -- <${NEW_KINDS.join("|")}> "<title>" [--today YYYY-MM-DD] [--data DIR] [--pages DIR] [--example NAME]

  policy        a policy in policies.yaml, approved today and due for review in 3 years
  objective     an equality objective in objectives.yaml, for the 4 years from this one
  consultation  a consultation in engagement.yaml, opening in 2 weeks for 12 weeks
  report        a report in reports.yaml, published today, filed under its title
  page          a markdown page in the pages folder, at /<title in kebab-case>/

Every value it writes validates; the ones to change are marked '# EDIT:'. Then run npm run check.
  --today   the day the dates count from (default: HUB_TODAY, else today in Europe/London)
  --data, --input, --pages, --example   the hub's folders, as for npm run build`;

/** The folder flags, and --today: --output and the gate's flags have nothing to do here. */
const NEW_FLAGS = {
  today: BUILD_FLAGS.today,
  data: BUILD_FLAGS.data,
  input: BUILD_FLAGS.input,
  pages: BUILD_FLAGS.pages,
  example: BUILD_FLAGS.example,
} as const;

export interface NewOptions {
  kind: NewKind;
  title: string;
  today: string;
  dataDir: string;
  inputDir: string;
  pagesDir: string;
  /** The folder flags as given, to repeat in the npm run check it suggests. */
  folderArgs: string[];
}

function usage(reason: string): BuildUsageError {
  return new BuildUsageError(`${reason}\n\n${NEW_USAGE}`);
}

/** `now` and `root` as for parseBuildOptions. */
export function parseNewOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
  now: Date = new Date(),
  root: string = process.cwd(),
): NewOptions {
  const parsed = readArgs(argv);
  const [kind, ...words] = parsed.positionals;
  if (kind === undefined)
    throw usage('Say what to add, and its title, such as: npm run new -- policy "Flexible working policy"');
  if (!(NEW_KINDS as readonly string[]).includes(kind)) {
    const hint = suggestion(kind, NEW_KINDS);
    throw usage(`'${kind}' is not something npm run new adds${hint}${hint.endsWith("?") ? "" : "."}`);
  }
  const title = words.join(" ").replace(/\s+/g, " ").trim();
  if (title === "") {
    throw usage(
      `Give the ${kind}'s title after '${kind}', in quotes, such as: npm run new -- ${kind} "Flexible working"`,
    );
  }
  if (!/[a-z0-9]/i.test(title.normalize("NFKD"))) {
    throw usage(
      `'${title}' has no letters or digits to make a web address from: give a title in words, such as "Flexible working"`,
    );
  }
  const options = parsed.tokens.flatMap((token) => (token.kind === "option" ? [token] : []));
  const asArgs = (list: typeof options) =>
    list.flatMap((token) => [`--${token.name}`, ...(token.value === undefined ? [] : [token.value])]);
  const build = parseBuildOptions(asArgs(options), env, now, root);
  const folderArgs = asArgs(options.filter((token) => token.name !== "today"));
  return {
    kind: kind as NewKind,
    title,
    today: build.today,
    dataDir: build.dataDir,
    inputDir: build.inputDir,
    pagesDir: build.pagesDir,
    folderArgs,
  };
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: NEW_FLAGS, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw usage((error as Error).message);
  }
}
