/** The `_redirects` file the build writes for Netlify, at the root of the site folder. */
import { describe, expect, it } from "vitest";
import { redirectsFileText } from "../../../lib/build/write-redirects.ts";

const redirects = [
  { from: "/equality-objectives-2021/", to: "/objectives/" },
  { from: "/about-the-ccg/", to: "https://www.successor-icb.example/" },
];

const rules = (text: string) => text.split("\n").filter((line) => line && !line.startsWith("#"));

describe("the _redirects file", () => {
  it("sends each old address on permanently, as redirects.yaml says, for a hub at the root of its host", () => {
    expect(rules(redirectsFileText(redirects, "/"))).toEqual([
      "/equality-objectives-2021/  /objectives/  301",
      "/about-the-ccg/  https://www.successor-icb.example/  301",
    ]);
  });

  it("says it is written from redirects.yaml, so nobody edits it by hand", () => {
    expect(redirectsFileText([], "/")).toBe(
      "# Written by equality-hub from redirects.yaml at each build: edit that file, not this one.\n",
    );
  });

  it("writes the hub's addresses under its base path, and sends unknown ones there to its own 404 page", () => {
    expect(rules(redirectsFileText(redirects, "/equality/"))).toEqual([
      "/equality/equality-objectives-2021/  /equality/objectives/  301",
      "/equality/about-the-ccg/  https://www.successor-icb.example/  301",
      "/  /equality/  302",
      "/equality/*  /equality/404.html  404",
    ]);
  });
});
