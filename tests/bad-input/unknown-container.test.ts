import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with an unknown ::: component", () => {
  it("names the components there are, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}::: danger\nDo not do this.\n:::\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:1 unknown component '::: danger': use ::: inset, ::: warning or ::: details`);
  });
});
