import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkExternalLinks, checkOne, userAgentFor } from "../../../lib/links/check-external.ts";
import { startLocalServer, type LocalServer } from "./local-server.ts";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const options = { timeoutMs: 500, userAgent: userAgentFor("https://equality.example.nhs.uk") };

describe("the external link check", () => {
  it("passes an address that answers 200, with a HEAD request only", async () => {
    expect(await checkOne(`${server.origin}/ok`, options)).toMatchObject({ outcome: "ok", status: 200 });
    expect(server.requests).toEqual(["HEAD /ok"]);
  });

  it("reports a 404 and a 500 as broken, with the status in words", async () => {
    expect(await checkOne(`${server.origin}/missing`, options)).toMatchObject({
      outcome: "broken",
      status: 404,
      reason: "404 Not Found",
    });
    expect(await checkOne(`${server.origin}/error`, options)).toMatchObject({
      outcome: "broken",
      status: 500,
      reason: "500 Internal Server Error",
    });
  });

  it("notes a permanent redirect that leads to a working page, with the new address", async () => {
    expect(await checkOne(`${server.origin}/moved`, options)).toEqual({
      url: `${server.origin}/moved`,
      outcome: "moved",
      status: 200,
      movedTo: `${server.origin}/ok`,
    });
  });

  it("passes a temporary redirect without a note, and reports a permanent one to a missing page as broken", async () => {
    expect(await checkOne(`${server.origin}/temporary`, options)).toMatchObject({ outcome: "ok", status: 200 });
    expect(await checkOne(`${server.origin}/moved-to-missing`, options)).toMatchObject({
      outcome: "broken",
      status: 404,
    });
  });

  it("asks with GET when a server refuses HEAD", async () => {
    expect(await checkOne(`${server.origin}/no-head`, options)).toMatchObject({ outcome: "ok", status: 200 });
    expect(server.requests).toEqual(["HEAD /no-head", "GET /no-head"]);
  });

  it("reports a server that never answers as broken once the time limit passes", async () => {
    const started = Date.now();
    expect(await checkOne(`${server.origin}/slow`, options)).toMatchObject({
      outcome: "broken",
      reason: "no answer in 0.5 s",
    });
    // HEAD, then GET once: never a third wait.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests).toEqual(["HEAD /slow", "GET /slow"]);
  });

  it("tries a dropped connection once more with GET, and no more", async () => {
    expect(await checkOne(`${server.origin}/drop`, options)).toMatchObject({ outcome: "broken" });
    expect(server.requests).toEqual(["HEAD /drop", "GET /drop"]);
  });

  it("reports a host that does not exist as broken", async () => {
    expect(await checkOne("https://no-such-host.invalid/", options)).toMatchObject({ outcome: "broken" });
  });

  it("checks a list in order, a few at a time, naming equality-hub in its User-Agent", async () => {
    const urls = ["ok", "missing", "moved", "no-head", "nowhere"].map((name) => `${server.origin}/${name}`);
    const checks = await checkExternalLinks(urls, { ...options, concurrency: 2 });
    expect(checks.map((check) => check.outcome)).toEqual(["ok", "broken", "moved", "ok", "broken"]);
    expect([...server.userAgents].join()).toMatch(/equality-hub.*https:\/\/equality\.example\.nhs\.uk/);
  });
});
