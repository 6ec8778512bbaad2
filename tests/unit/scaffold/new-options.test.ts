/**
 * How `npm run new` reads what it is given: a kind and a title, then the build's folder options.
 * Mistakes are usage errors (exit 2) that say how to put them right, and show the usage.
 */
import { describe, expect, it } from "vitest";
import { BuildUsageError } from "../../../lib/build/options.ts";
import { parseNewOptions } from "../../../lib/scaffold/new-options.ts";
import { PROJECT_ROOT } from "../../helpers/build-hub.ts";

const NOW = new Date("2026-11-23T12:00:00Z");
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseNewOptions(argv, env, NOW, PROJECT_ROOT);
const usageError = (argv: string[]) => {
  try {
    parse(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildUsageError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(" ")} was accepted`);
};

describe("npm run new's arguments", () => {
  it("take a kind and a quoted title, with the example hub's folders and today's date by default", () => {
    expect(parse(["policy", "Flexible working policy"])).toEqual({
      kind: "policy",
      title: "Flexible working policy",
      today: "2026-11-23",
      dataDir: "_data",
      inputDir: "site",
      pagesDir: "site",
      folderArgs: [],
    });
  });

  it("put back together a title typed without quotes, one space between its words", () => {
    expect(parse(["page", "Our", "staff ", " networks"]).title).toBe("Our staff networks");
  });

  it("take --today and HUB_TODAY as the build does", () => {
    expect(parse(["report", "A report", "--today", "2027-01-05"]).today).toBe("2027-01-05");
    expect(parse(["report", "A report"], { HUB_TODAY: "2025-02-01" }).today).toBe("2025-02-01");
  });

  it("take --example for an example hub's folders, and keep the folder flags to repeat in the check it suggests", () => {
    const options = parse(["page", "Our history", "--example", "closed-ccg", "--today", "2026-01-01"]);
    expect(options.dataDir).toBe("examples/closed-ccg/_data");
    expect(options.pagesDir).toBe("examples/closed-ccg/pages");
    expect(options.folderArgs).toEqual(["--example", "closed-ccg"]);
  });

  it("refuse a kind it does not add, suggesting the one meant, with the usage", () => {
    const message = usageError(["polcy", "Flexible working"]);
    expect(message).toContain("'polcy' is not something npm run new adds: did you mean 'policy'?");
    expect(message).toContain("Usage: npm run new -- <policy|objective|consultation|report|page>");
  });

  it("refuse a kind far from any, listing those it adds", () => {
    expect(usageError(["leaflet", "A leaflet"])).toContain(
      "use one of 'policy', 'objective', 'consultation', 'report', 'page'.",
    );
  });

  it("ask for the kind and title when given neither, and for the title when given only the kind", () => {
    expect(usageError([])).toContain(
      'Say what to add, and its title, such as: npm run new -- policy "Flexible working policy"',
    );
    expect(usageError(["page"])).toContain(`Give the page's title after 'page', in quotes`);
    expect(usageError(["page", "   "])).toContain(`Give the page's title after 'page', in quotes`);
  });

  it("refuse a title with no letters or digits to make an address from", () => {
    expect(usageError(["page", "!!! ???"])).toContain("'!!! ???' has no letters or digits to make a web address from");
  });

  it("refuse a flag it does not take, such as the build's --output", () => {
    expect(usageError(["page", "A page", "--output", "x"])).toContain("Unknown option '--output'");
  });
});
