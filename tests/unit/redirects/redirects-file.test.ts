/** redirects.yaml: old addresses written as site paths, each once, never in a loop. */
import { describe, expect, it } from "vitest";
import { errorsFor, loadFixture } from "../data/fixture-hub.ts";

const FILE = "_data/redirects.yaml";
const redirects = (...lines: string[]) => ["redirects:", ...lines.map((line) => `  - ${line}`), ""].join("\n");

describe("redirects.yaml", () => {
  it("loads redirects to this site and to a successor's", () => {
    const result = loadFixture({
      "redirects.yaml": redirects(
        "{ from: /old-objectives/, to: /objectives/ }",
        "{ from: /about-the-ccg/, to: https://www.successor-icb.example/ }",
      ),
    });
    expect(result.ok && result.data.redirects.redirects.map((redirect) => redirect.to)).toEqual([
      "/objectives/",
      "https://www.successor-icb.example/",
    ]);
  });

  it("reports a loop once, naming every address in it", () => {
    const errors = errorsFor({
      "redirects.yaml": redirects("{ from: /a/, to: /b/ }", "{ from: /b, to: /c/ }", "{ from: /c/, to: /a/ }"),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 2,
        column: 22,
        path: "redirects[0].to",
        message:
          "these redirects go round in a loop (/a -> /b -> /c -> /a), so the page would never load: point one of them at a page that exists",
      },
    ]);
  });

  it("refuses an address sent to itself, with or without the last slash", () => {
    const errors = errorsFor({ "redirects.yaml": redirects("{ from: /policies, to: /policies/ }") });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 2,
        column: 28,
        path: "redirects[0].to",
        message: "'/policies' redirects to itself: point it at the page that replaced it",
      },
    ]);
  });

  it("points at an old address listed twice", () => {
    const errors = errorsFor({
      "redirects.yaml": redirects("{ from: /old/, to: /objectives/ }", "{ from: /old, to: / }"),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 3,
        column: 13,
        path: "redirects[1].from",
        message: "duplicate from '/old': it is already used on line 2; send each old address to one place",
      },
    ]);
  });

  it("asks for old addresses as paths on this site", () => {
    const errors = errorsFor({
      "redirects.yaml": redirects("{ from: 'https://old-ccg.example/page', to: / }", "{ from: /a/../etc/, to: / }"),
    });
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      [
        "redirects[0].from",
        "write the old address as a path on this site starting with '/', such as '/equality-objectives-2021/' (no spaces, '?' or '#') (found text 'https://old-ccg.example/page')",
      ],
      ["redirects[1].from", "write the address without '.' or '..' parts"],
    ]);
  });
});
