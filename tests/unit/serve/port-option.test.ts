/** `npm start -- --port N`, taken out before the build's own options are read. */
import { describe, expect, it } from "vitest";
import { BuildUsageError } from "../../../lib/build/options.ts";
import { DEFAULT_PORT, takePortOption } from "../../../lib/serve/port-option.ts";

describe("takePortOption", () => {
  it("is 8080 when not given, and leaves the other options as they were", () => {
    expect(takePortOption(["--today", "2026-11-23"])).toEqual({ port: DEFAULT_PORT, rest: ["--today", "2026-11-23"] });
  });

  it("takes --port N and --port=N", () => {
    expect(takePortOption(["--port", "8123", "--data", "x"])).toEqual({ port: 8123, rest: ["--data", "x"] });
    expect(takePortOption(["--port=8124"])).toEqual({ port: 8124, rest: [] });
  });

  it("refuses what is not a port, saying what it takes", () => {
    expect(() => takePortOption(["--port"])).toThrow(BuildUsageError);
    expect(() => takePortOption(["--port", "eighty"])).toThrow("--port takes a port number from 1 to 65535");
    expect(() => takePortOption(["--port", "70000"])).toThrow(BuildUsageError);
  });
});
