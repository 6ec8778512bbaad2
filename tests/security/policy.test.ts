/**
 * netlify.toml's security headers say what the hub promises: a Content-Security-Policy that never
 * allows inline or eval'd JavaScript, frames or plugins, and the other headers with safe values.
 * A change that loosens them has to change this test too, in the same review.
 */
import { describe, expect, it } from "vitest";
import { netlifyHeadersFor, netlifyHeadersForEveryPath, parseCsp } from "../helpers/netlify-headers.ts";

const headers = netlifyHeadersForEveryPath();
const csp = parseCsp(headers["Content-Security-Policy"] ?? "");

describe("netlify.toml's security headers", () => {
  it("sends each header on one line, as HTTP needs", () => {
    expect(
      Object.entries(headers)
        .filter(([, value]) => /[\r\n]/.test(value))
        .map(([name]) => name),
    ).toEqual([]);
  });

  it("sends a Content-Security-Policy that never allows inline code, eval or data: scripts", () => {
    const everySource = [...csp.values()].flat();
    expect(
      everySource.filter((source) =>
        ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "*", "http:", "https:"].includes(source),
      ),
    ).toEqual([]);
  });

  it("limits each kind of content the hub loads", () => {
    expect(
      Object.fromEntries(
        [
          "default-src",
          "style-src",
          "img-src",
          "connect-src",
          "object-src",
          "base-uri",
          "form-action",
          "frame-ancestors",
        ].map((name) => [name, csp.get(name)]),
      ),
    ).toEqual({
      "default-src": ["'self'"],
      "style-src": ["'self'"],
      "img-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
    expect(csp.get("script-src")?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(
      csp
        .get("script-src")
        ?.slice(2)
        .every((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source)),
    ).toBe(true);
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
  });

  it("sends the other security headers with safe values", () => {
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=(\d+); includeSubDomains/);
    expect(Number(/max-age=(\d+)/.exec(headers["Strict-Transport-Security"] ?? "")?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect([headers["X-Content-Type-Options"], headers["Referrer-Policy"], headers["X-Frame-Options"]]).toEqual([
      "nosniff",
      "strict-origin-when-cross-origin",
      "DENY",
    ]);
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers["Permissions-Policy"], feature).toContain(`${feature}=()`);
    }
  });
});

describe("netlify.toml's headers for the editing forms at /admin/", () => {
  const admin = netlifyHeadersFor("/admin/index.html");
  const adminCsp = parseCsp(admin["Content-Security-Policy"] ?? "");

  it("replaces only the page's policy, keeping every other security header of every page", () => {
    const { "Content-Security-Policy": _policy, ...others } = headers;
    expect(admin).toMatchObject(others);
    expect(admin["Content-Security-Policy"]).not.toBe(headers["Content-Security-Policy"]);
    expect(admin["X-Robots-Tag"]).toBe("noindex, nofollow");
  });

  it("still runs only this site's scripts, never inline or eval'd code, and no plugins or frames of it", () => {
    expect(adminCsp.get("script-src")).toEqual(["'self'", "blob:"]);
    expect(
      [...adminCsp.values()].flat().filter((source) => ["'unsafe-eval'", "*", "http:", "https:"].includes(source)),
    ).toEqual([]);
    expect([adminCsp.get("object-src"), adminCsp.get("frame-ancestors"), adminCsp.get("form-action")]).toEqual([
      ["'none'"],
      ["'none'"],
      ["'self'"],
    ]);
  });

  it("lets the CMS reach the repository's API and nothing else on the network", () => {
    expect(adminCsp.get("connect-src")).toEqual([
      "'self'",
      "blob:",
      "data:",
      "https://api.github.com",
      "https://www.githubstatus.com",
      "https://gitlab.com",
    ]);
  });
});
