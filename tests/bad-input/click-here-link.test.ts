import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with a 'click here' link", () => {
  it("asks for link text that says where it goes, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}To read our objectives, [click here](/objectives/).\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:25 the link text 'click here' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)`);
  });
});
