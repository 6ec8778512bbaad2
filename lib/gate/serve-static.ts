/**
 * A minimal static file server for the staging folder, on 127.0.0.1 at a free port, so the browser
 * checks see pages exactly as a host would serve them. It records the status of every request, so
 * a page answered with an error status counts as a failure even where the browser rendered it.
 * Optional extra headers (the security headers from netlify.toml, in the tests) go on every answer.
 * Which file an address reaches is lib/site-paths' rule, the same the link checks use.
 */
import { createReadStream } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentType } from "mime-types";
import { percentDecode } from "../site-paths/percent-decode.ts";
import { siteFile } from "../site-paths/site-file.ts";

export interface StaticServer {
  /** Such as `http://127.0.0.1:41234`. */
  origin: string;
  /** The last status answered for each path requested, percent-decoded, such as `/objectives/` -> 200. */
  statuses: Map<string, number>;
  close(): Promise<void>;
}

export function serveStatic(root: string, headers: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const statuses = new Map<string, number>();
  const server = createServer((request, response) => {
    const address = requestPath(request.url);
    const pathname = address === undefined ? undefined : percentDecode(address);
    if (address === undefined || pathname === undefined) {
      // A malformed address (such as a stray %) is the request's fault, not a reason to stop serving.
      response.writeHead(400, { ...headers, "content-type": "text/plain; charset=utf-8" }).end("Bad request");
      return;
    }
    const file = siteFile(root, address);
    const status = file ? 200 : 404;
    statuses.set(pathname, status);
    const served = file ?? siteFile(root, "/404.html");
    if (!served) {
      response.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(status, {
      ...headers,
      // mime-types knows the documents a hub publishes (.docx, .xlsx, .odt…), not only web files.
      "content-type": contentType(path.extname(served)) || "application/octet-stream",
      "cache-control": cacheControl(status, served),
    });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        statuses,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * The site does not change while it is served, so the browser may keep every page's styles,
 * scripts, fonts and images: loaded once, each is parsed once, not again on every page (the gate
 * loads hundreds). Pages themselves, and every error, are never kept, so each page's own status
 * reaches `statuses`.
 */
function cacheControl(status: number, file: string): string {
  return status === 200 && path.extname(file) !== ".html" ? "max-age=3600" : "no-store";
}

/** The request's path, still percent-encoded and without its query, or undefined when it is no URL. */
function requestPath(requestUrl: string | undefined): string | undefined {
  try {
    return new URL(requestUrl ?? "/", "http://127.0.0.1").pathname;
  } catch {
    return undefined;
  }
}
