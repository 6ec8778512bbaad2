import { describe, expect, it } from "vitest";
import { checkWithDataFile } from "./check-content.ts";

describe("a build with a data file not saved as UTF-8", () => {
  it("points at the first byte that is not UTF-8 and asks for the file to be saved as UTF-8", () => {
    // "Caf\xE9" as Windows-1252 writes it: one byte that UTF-8 cannot read.
    const check = checkWithDataFile("organisation.yaml", (source) =>
      Buffer.concat([Buffer.from("# Caf"), Buffer.from([0xe9]), Buffer.from("\n"), source]),
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:1:6 this file is not saved as UTF-8 (byte 0xE9 here): save it again as UTF-8 in your editor`,
    );
  });
});
