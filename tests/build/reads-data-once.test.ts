/**
 * The data travels one way: the build command loads and validates `_data/` once and hands it to
 * the Eleventy plugin as options (lib/plugin.ts), which must not read the files again.
 */
import { describe, expect, it } from "vitest";
import { dataFileNames } from "../../lib/data/hub.ts";
import { exampleSite } from "../helpers/example-site.ts";

describe("a build of the example hub", () => {
  it("reads each data file exactly once, from loading to the published site", () => {
    const once = Object.fromEntries(dataFileNames.map((name) => [name, 1]));
    expect(exampleSite().dataReads).toEqual(once);
  });
});
