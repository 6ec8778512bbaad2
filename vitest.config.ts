/**
 * The tests in layers (docs/testing.md), so a change can be checked in seconds and the slow layers
 * run only when they are wanted: `npm run test:fast` runs `unit` and `render`, `npm test` all six,
 * and `vitest run --project <name>` one of them.
 *
 * Only `build` and `security` read the example hub the global setup builds (tests/setup), through
 * the real build command with its browser checks, so only they pay for it; vitest runs a
 * project's global setup only when some of its test files are in the run.
 */
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/** The example hub, built once for the whole run however many projects read it. */
const EXAMPLE_SITE = ["tests/setup/example-site.ts"];

/**
 * Pure functions and Nunjucks renders answer in milliseconds; seconds mean something hangs. These
 * files mock nothing and change no global state, so they share one worker's modules instead of
 * each starting afresh (isolate: false): on 2 cores that takes the layer from about 35 s to 9 s.
 * A test that must change global state belongs in another layer, or must put it back.
 */
const FAST = { testTimeout: 10_000, hookTimeout: 10_000, isolate: false };
/** Whole-site renders, builds and browser checks take seconds, more on a busy 2-core machine. */
const SLOW = { testTimeout: 120_000, hookTimeout: 300_000 };

function layer(
  name: string,
  options: NonNullable<TestProjectInlineConfiguration["test"]>,
): TestProjectInlineConfiguration {
  return { test: { name, include: [`tests/${name}/**/*.test.ts`], ...options } };
}

export default defineConfig({
  test: {
    projects: [
      // No build, no browser.
      layer("unit", FAST),
      layer("render", FAST),
      // Eleventy on copies of the example, and the example hub as the build command publishes it.
      layer("build", { ...SLOW, globalSetup: EXAMPLE_SITE }),
      // Most cases run the content checks in-process, each on its own copy, and share modules
      // as the fast layers do; the few that build set their own timeouts (tests/bad-input/run-build.ts).
      layer("bad-input", { testTimeout: 20_000, hookTimeout: 20_000, isolate: false }),
      // A real Chromium.
      layer("gate", SLOW),
      layer("security", { ...SLOW, globalSetup: EXAMPLE_SITE }),
    ],
  },
});
