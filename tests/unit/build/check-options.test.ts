import { describe, expect, it } from "vitest";
import { parseCheckOptions } from "../../../lib/build/check-options.ts";
import { BuildUsageError, parseBuildOptions } from "../../../lib/build/options.ts";

const NOW = new Date("2026-11-23T12:00:00Z");
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseCheckOptions(argv, env, NOW);

describe("npm run check's options", () => {
  it("mean what the build's mean, flags and environment alike", () => {
    const argv = ["--today", "2026-11-20", "--data", "copy/_data", "--input", "copy/site", "--base-path", "/equality/"];
    const env = { HUB_PAGES_DIR: "copy/pages" };
    const { outputDir: _output, concurrency: _concurrency, ...build } = parseBuildOptions(argv, env, NOW);
    expect(parse(argv, env)).toEqual(build);
  });

  it.each(["--output", "--concurrency", "--cache-dir", "--no-cache"])(
    "refuse %s, which only the build has a use for, saying so",
    (flag) => {
      const argv = flag === "--no-cache" ? [flag] : [`${flag}=x`];
      expect(() => parse(argv)).toThrow(BuildUsageError);
      expect(() => parse(argv)).toThrow(`${flag} is for npm run build`);
    },
  );

  it("answer an unknown flag with the check's usage, not the build's", () => {
    expect(() => parse(["--dta", "x"])).toThrow(/Unknown option '--dta'[\s\S]*Usage: npm run check/);
  });

  it("refuse a day that is not a date, as the build does", () => {
    expect(() => parse(["--today", "2026-13-45"])).toThrow(BuildUsageError);
  });
});
