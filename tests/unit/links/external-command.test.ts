import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectExternalLinks, hubFromSitemap } from "../../../lib/links/collect-external.ts";
import { PROJECT_ROOT, removeDir } from "../../helpers/build-hub.ts";
import { startLocalServer, type LocalServer } from "./local-server.ts";
import { makeSite, page, type TempSite } from "./temp-site.ts";

let server: LocalServer;
let good: TempSite;
let broken: TempSite;

beforeAll(async () => {
  server = await startLocalServer();
  const own = "https://equality.example.nhs.uk";
  good = makeSite({
    "/": page(
      `<a href="${server.origin}/ok">Fine</a> <a href="${server.origin}/moved#part">Moved</a> <a href="mailto:a@example.nhs.uk">Email</a> <a href="/contact/">Contact</a> <a href="${own}/policies/">Our policies</a>`,
    ),
    "/contact/": page(`<a href="${server.origin}/ok">Fine again</a> <img src="${server.origin}/no-head" alt="">`),
  });
  writeFileSync(
    path.join(good.dir, "sitemap.xml"),
    `<urlset><url><loc>${own}/contact/</loc></url><url><loc>${own}/</loc></url></urlset>`,
  );
  broken = makeSite({
    "/": page(`<a href="${server.origin}/ok">Fine</a>`),
    "/policies/": page(`<a href="${server.origin}/missing">Gone</a>`),
    "/policies/old/": page(`<a href="${server.origin}/missing">Gone</a>`),
  });
});

afterAll(async () => {
  await server.close();
  removeDir(good.dir);
  removeDir(broken.dir);
});

/** Runs `npm run links:external` as a comms officer would; asynchronously, so the server can answer. */
async function runCommand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/check-external-links.ts", ...args],
      { cwd: PROJECT_ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("collecting external links", () => {
  it("lists each external address once, without its fragment, with the pages that use it", () => {
    const hub = hubFromSitemap(good.dir);
    expect(hub).toEqual({ siteUrl: "https://equality.example.nhs.uk", basePath: "/" });
    expect(collectExternalLinks(good.dir, hub)).toEqual([
      { url: `${server.origin}/moved`, pages: ["/"] },
      { url: `${server.origin}/no-head`, pages: ["/contact/"] },
      { url: `${server.origin}/ok`, pages: ["/", "/contact/"] },
    ]);
  });
});

describe("npm run links:external", () => {
  it("exits 0 when every external link works, noting one that moved permanently", async () => {
    const run = await runCommand(["--site", good.dir, "--timeout", "2"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Checking 3 external links from 2 pages");
    expect(run.stdout).toContain(`${server.origin}/moved now redirects to ${server.origin}/ok\n    on /`);
    expect(run.stdout).toContain("All 3 external links work.");
  });

  it("exits 1 naming each broken link and every page that uses it", async () => {
    const run = await runCommand(["--site", broken.dir, "--concurrency", "1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Broken (1):\n  ${server.origin}/missing: 404 Not Found\n    on /policies/, /policies/old/`,
    );
    expect(run.stderr).toContain("1 of 2 external links work; 1 is broken.");
  });

  it.each([
    [["--timeout", "soon"], "--timeout must be a number"],
    [["--concurrency", "0"], "--concurrency must be a whole number"],
    [["--sight", "_site"], "Unknown option '--sight'"],
    [["--site"], "--site needs a value"],
    [["--site", "no-such-folder"], "There is no site folder at 'no-such-folder'"],
  ])("exits 2 on bad usage (%j), saying what is wrong", async (args, message) => {
    const run = await runCommand(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
