/**
 * `npm start` as an editor runs it, for tests: the dev server's entry point in a child process,
 * on a free port, reached at 127.0.0.1 only. The test stops it itself (`stop`), and `fetchUntil`
 * waits for a rebuild to show, since the server rebuilds on its own after a file is saved.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { PROJECT_ROOT } from "./build-hub.ts";

export interface DevServer {
  origin: string;
  /** What it printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** A port nothing listens on now: the system's choice for a server on 127.0.0.1, closed again. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Starts the dev server with these arguments (and --port), and answers once it is serving. */
export async function startDevServer(args: string[], timeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", ...args, "--port", String(port)],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, HUB_GATE_CACHE: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await fetchUntil(`${origin}/`, (response) => response.status === 200, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`The dev server did not start: ${(error as Error).message}\n${output}`, { cause: error });
  }
  return { origin, output: () => output, stop };
}

export interface Fetched {
  status: number;
  body: string;
}

/** Fetches `url` every 250 ms until `done` holds, and answers that response. */
export async function fetchUntil(
  url: string,
  done: (response: Fetched) => boolean,
  timeoutMs = 30_000,
): Promise<Fetched> {
  const deadline = Date.now() + timeoutMs;
  let last: Fetched | undefined;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers: { accept: "text/html" } });
      last = { status: response.status, body: await response.text() };
      if (done(last)) return last;
    } catch {
      // Not listening yet, or restarting.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${url} never answered as expected; last: ${last ? `${last.status} ${last.body.slice(0, 300)}` : "no answer"}`,
  );
}
