/**
 * Checks external addresses the way a reader's browser would reach them, politely: HEAD first
 * (no body to download), then GET when a server refuses HEAD or the request failed oddly, following
 * redirects, with a time limit per request, a few requests at a time and one retry at most, so a
 * hub with hundreds of links to the same NHS sites never floods them.
 */

export interface ExternalCheck {
  url: string;
  /** `ok`; `moved`: works, but through a permanent redirect (301 or 308), so the link should change; `broken`. */
  outcome: "ok" | "moved" | "broken";
  /** The final HTTP status, when there was a response. */
  status?: number;
  /** For `moved`: where the address now leads. */
  movedTo?: string;
  /** For `broken`: why, in words: `404 Not Found`, `no such host`, `no answer in 10 s`. */
  reason?: string;
}

export interface CheckExternalOptions {
  /** Per request, in milliseconds. */
  timeoutMs?: number;
  /** Requests at a time. */
  concurrency?: number;
  userAgent?: string;
}

/** Names the tool, and the hub when known, so a site owner who sees the requests knows whose they are. */
export function userAgentFor(siteUrl?: string): string {
  return `equality-hub-link-checker/1.0 (checks the links on an NHS equality hub${siteUrl ? `: ${siteUrl}` : ""})`;
}

/** Statuses where a server that refuses HEAD may still answer GET. */
const TRY_GET_AFTER = new Set([403, 405, 501]);
const MAX_REDIRECTS = 10;

export async function checkExternalLinks(urls: string[], options: CheckExternalOptions = {}): Promise<ExternalCheck[]> {
  const { concurrency = 8 } = options;
  const results: ExternalCheck[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkOne(urls[index] as string, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, urls.length)) }, worker));
  return results;
}

/**
 * At most two requests for an address, three only when a server refused HEAD and then GET met a
 * network error: HEAD; GET if HEAD was refused or met a network error (some servers reset or
 * ignore HEAD); one more GET if a refused HEAD's GET met a network error.
 */
export async function checkOne(url: string, options: CheckExternalOptions = {}): Promise<ExternalCheck> {
  const head = await attempt(url, "HEAD", options);
  if (head.kind === "answered" && !TRY_GET_AFTER.has(head.status)) return toCheck(url, head);
  let get = await attempt(url, "GET", options);
  if (get.kind === "failed" && head.kind === "answered") get = await attempt(url, "GET", options);
  return toCheck(url, get);
}

type Outcome =
  { kind: "answered"; status: number; statusText: string; movedTo?: string } | { kind: "failed"; reason: string };

async function attempt(url: string, method: "HEAD" | "GET", options: CheckExternalOptions): Promise<Outcome> {
  try {
    return await request(url, method, options);
  } catch (error) {
    return { kind: "failed", reason: describeFailure(error, options.timeoutMs ?? 10_000) };
  }
}

/**
 * One request, following redirects by hand so a permanent one is noticed; answers the final status
 * and, when the first hop was a permanent redirect, where it led.
 */
async function request(url: string, method: "HEAD" | "GET", options: CheckExternalOptions): Promise<Outcome> {
  const { timeoutMs = 10_000, userAgent = userAgentFor() } = options;
  let current = url;
  let movedPermanently = false;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetch(current, {
      method,
      redirect: "manual",
      headers: { "user-agent": userAgent, accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The body is never needed: cancel it so the connection is freed at once.
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      // Only a permanent first hop means the link should change; a temporary one is the site's business.
      if (hop === 0 && (response.status === 301 || response.status === 308)) movedPermanently = true;
      current = new URL(location, current).href;
      continue;
    }
    return {
      kind: "answered",
      status: response.status,
      statusText: response.statusText,
      ...(movedPermanently ? { movedTo: current } : {}),
    };
  }
  return { kind: "failed", reason: `more than ${MAX_REDIRECTS} redirects` };
}

function toCheck(url: string, outcome: Outcome): ExternalCheck {
  if (outcome.kind === "failed") return { url, outcome: "broken", reason: outcome.reason || "no answer" };
  const { status, statusText, movedTo } = outcome;
  if (status >= 400)
    return { url, outcome: "broken", status, reason: `${status}${statusText ? ` ${statusText}` : ""}` };
  if (movedTo) return { url, outcome: "moved", status, movedTo };
  return { url, outcome: "ok", status };
}

/** A network failure in words a comms officer can act on. */
function describeFailure(error: unknown, timeoutMs: number): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError") return `no answer in ${timeoutMs / 1000} s`;
  switch (cause?.code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "no such host (the domain name does not resolve)";
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
      return "connection reset";
    case "CERT_HAS_EXPIRED":
      return "the site's certificate has expired";
    default:
      return cause?.message ?? (error as Error).message ?? String(error);
  }
}
