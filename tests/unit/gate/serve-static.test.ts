import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../../lib/gate/serve-static.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";

let root: string;
let server: StaticServer;

beforeEach(async () => {
  root = makeTempDir("serve");
  mkdirSync(path.join(root, "objectives"));
  writeFileSync(path.join(root, "objectives", "index.html"), "<h1>Objectives</h1>");
  writeFileSync(path.join(root, "404.html"), "<h1>Page not found</h1>");
  server = await serveStatic(root);
});

afterEach(async () => {
  await server.close();
  removeDir(root);
});

describe("the gate's static server", () => {
  it("serves a folder's index.html on 127.0.0.1", async () => {
    const response = await fetch(`${server.origin}/objectives/`);
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect([response.status, await response.text()]).toEqual([200, "<h1>Objectives</h1>"]);
  });

  it("answers a missing page with the 404 page and status, and records it", async () => {
    const response = await fetch(`${server.origin}/nowhere/`);
    expect([response.status, await response.text(), server.statuses.get("/nowhere/")]).toEqual([
      404,
      "<h1>Page not found</h1>",
      404,
    ]);
  });

  it("lets the browser keep a stylesheet, so hundreds of pages parse it once", async () => {
    mkdirSync(path.join(root, "assets"));
    writeFileSync(path.join(root, "assets", "app.css"), "body { margin: 0 }");
    const response = await fetch(`${server.origin}/assets/app.css`);
    expect([response.status, response.headers.get("cache-control")]).toEqual([200, "max-age=3600"]);
  });

  it("never lets the browser keep a page or a missing file, so each is requested and its status recorded", async () => {
    const page = await fetch(`${server.origin}/objectives/`);
    const missing = await fetch(`${server.origin}/assets/missing.css`);
    expect([page.headers.get("cache-control"), missing.headers.get("cache-control")]).toEqual(["no-store", "no-store"]);
  });

  it("never serves a file outside the site", async () => {
    const response = await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });

  it("answers a malformed address with 400 and keeps serving", async () => {
    const bad = await fetch(`${server.origin}/%E0%A4%A`);
    const good = await fetch(`${server.origin}/objectives/`);
    expect([bad.status, good.status]).toEqual([400, 200]);
  });

  it("adds the headers it is given to every answer, a missing page's included", async () => {
    const withHeaders = await serveStatic(root, { "X-Frame-Options": "DENY" });
    try {
      const found = await fetch(`${withHeaders.origin}/objectives/`);
      const missing = await fetch(`${withHeaders.origin}/nowhere/`);
      expect([found.headers.get("x-frame-options"), missing.headers.get("x-frame-options")]).toEqual(["DENY", "DENY"]);
    } finally {
      await withHeaders.close();
    }
  });

  it("answers images and office documents with their media types", async () => {
    const types = {
      "photo.jpg": "image/jpeg",
      "photo.webp": "image/webp",
      "report.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "figures.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "report.odt": "application/vnd.oasis.opendocument.text",
    };
    for (const file of Object.keys(types)) writeFileSync(path.join(root, file), "x");
    const answered = await Promise.all(
      Object.keys(types).map(async (file) => {
        const response = await fetch(`${server.origin}/${file}`);
        return [file, response.status, response.headers.get("content-type")];
      }),
    );
    expect(answered).toEqual(Object.entries(types).map(([file, type]) => [file, 200, type]));
  });

  it("answers pages as UTF-8 HTML and an unknown kind of file as bytes", async () => {
    writeFileSync(path.join(root, "data.unknownkind"), "x");
    const page = await fetch(`${server.origin}/objectives/`);
    const unknown = await fetch(`${server.origin}/data.unknownkind`);
    expect([page.headers.get("content-type"), unknown.headers.get("content-type")]).toEqual([
      "text/html; charset=utf-8",
      "application/octet-stream",
    ]);
  });

  it("serves a file whose name is percent-encoded in the address", async () => {
    writeFileSync(path.join(root, "Annual report 2025.pdf"), "%PDF");
    const response = await fetch(`${server.origin}/Annual%20report%202025.pdf`);
    expect([
      response.status,
      response.headers.get("content-type"),
      server.statuses.get("/Annual report 2025.pdf"),
    ]).toEqual([200, "application/pdf", 200]);
  });

  it("sends no extra headers when given none", async () => {
    const response = await fetch(`${server.origin}/objectives/`);
    expect(response.headers.get("x-frame-options")).toBeNull();
  });
});
