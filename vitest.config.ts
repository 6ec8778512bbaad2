import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Whole-site builds and browser checks take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
