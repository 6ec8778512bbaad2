import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with a javascript: link", () => {
  it("names the link and the addresses allowed, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}Go [home](javascript:alert(document.cookie)) now.\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:4 links must start with https://, http://, mailto:, tel: or /: change this link's address, or for a section of this page use #`);
  });
});
