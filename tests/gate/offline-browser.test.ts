/**
 * The gate's browser reaches only the gate's own server (BROWSER_ARGS' host resolver rules): a
 * page's font from assets.nhs.uk or an image from elsewhere fails at once, never looked up, so a
 * check neither waits on the network nor turns on whether the machine has one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_ARGS, findBrowser } from "../../lib/gate/find-browser.ts";
import { serveStatic, type StaticServer } from "../../lib/gate/serve-static.ts";
import { makeTempDir, removeDir } from "../helpers/build-hub.ts";

/** `elsewhere`: another host that would answer, this machine's own name for the gate's server. */
const page = (elsewhere: string) => `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>A page with things from elsewhere</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body><main><h1>Things from elsewhere</h1><img src="https://images.example.org/photo.png" alt="A photo">
<img src="${elsewhere}/assets/photo.svg" alt="A drawing"></main></body>
</html>
`;
const CSS = `@font-face { font-family: Frutiger; src: url("https://assets.nhs.uk/fonts/FrutigerLTW01-55Roman.woff2") format("woff2"); }
body { font-family: Frutiger, Arial, sans-serif; }`;

let siteDir: string;
let server: StaticServer;

beforeAll(async () => {
  siteDir = makeTempDir("offline");
  mkdirSync(path.join(siteDir, "assets"));
  writeFileSync(path.join(siteDir, "assets", "site.css"), CSS);
  writeFileSync(path.join(siteDir, "assets", "photo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await serveStatic(siteDir);
  writeFileSync(path.join(siteDir, "index.html"), page(server.origin.replace("127.0.0.1", "localhost")));
});

afterAll(async () => {
  await server.close();
  removeDir(siteDir);
});

describe("the gate's browser", () => {
  it("loads the gate's own pages and files, and fails every other host without looking it up", async () => {
    const browser = await puppeteer.launch({ executablePath: findBrowser(), args: BROWSER_ARGS, headless: true });
    try {
      const tab = await browser.newPage();
      const elsewhere: string[] = [];
      tab.on("requestfailed", (request) =>
        elsewhere.push(`${new URL(request.url()).host} ${request.failure()?.errorText}`),
      );
      // Chromium may also ask for /favicon.ico on its own, sooner or later: that is not the page's.
      const ownFiles: string[] = [];
      tab.on("requestfinished", (request) => {
        const address = new URL(request.url()).pathname;
        if (address !== "/favicon.ico") ownFiles.push(`${address} ${request.response()?.status() ?? 0}`);
      });
      await tab.goto(`${server.origin}/`, { waitUntil: "load", timeout: 10_000 });
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(ownFiles.sort()).toEqual(["/ 200", "/assets/site.css 200"]);
      expect(elsewhere.sort()).toEqual([
        "assets.nhs.uk net::ERR_NAME_NOT_RESOLVED",
        "images.example.org net::ERR_NAME_NOT_RESOLVED",
        `${new URL(server.origin.replace("127.0.0.1", "localhost")).host} net::ERR_NAME_NOT_RESOLVED`,
      ]);
    } finally {
      await browser.close();
    }
  });
});
