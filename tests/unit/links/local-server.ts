/**
 * A small web server on 127.0.0.1 for the external link check, with one address per way a real
 * site answers: fine, missing, failing, moved, refusing HEAD, never answering, dropping the
 * connection. It counts the requests each address gets, so tests can see the checker is polite.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface LocalServer {
  origin: string;
  /** Requests received, as "METHOD /path". */
  requests: string[];
  userAgents: Set<string>;
  close(): Promise<void>;
}

export async function startLocalServer(): Promise<LocalServer> {
  const requests: string[] = [];
  const userAgents = new Set<string>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    requests.push(`${request.method} ${url}`);
    userAgents.add(request.headers["user-agent"] ?? "");
    const send = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "text/html", ...headers });
      response.end(request.method === "HEAD" ? undefined : "<p>page</p>");
    };
    switch (url) {
      case "/ok":
        return send(200);
      case "/missing":
        return send(404);
      case "/error":
        return send(500);
      case "/moved":
        return send(301, { location: "/ok" });
      case "/temporary":
        return send(302, { location: "/ok" });
      case "/moved-to-missing":
        return send(301, { location: "/missing" });
      case "/no-head":
        return send(request.method === "HEAD" ? 405 : 200);
      case "/slow":
        return; // Never answers: the checker's time limit must end the wait.
      case "/drop":
        return request.socket.destroy();
      default:
        return send(404);
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    userAgents,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
