import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The example hub is built once, before any test file runs, for all that read its pages.
    globalSetup: ["tests/setup/example-site.ts"],
    // Whole-site builds and browser checks take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
