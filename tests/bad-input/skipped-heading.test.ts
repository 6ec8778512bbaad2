import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page whose headings skip a level", () => {
  it("names the heading and the level to use, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}## Our work\n\nText.\n\n#### Our staff\n\nText.\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:10:1 this heading skips a level ('####' after '##'): use '### ' here, or add the missing heading above`);
  });
});
