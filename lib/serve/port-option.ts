/**
 * `npm start -- --port N`: the dev server's port, 8080 unless given, taken out of the arguments
 * before the build's own options are read (lib/build/options.ts), which do not know it.
 */
import { BuildUsageError } from "../build/options.ts";

export const DEFAULT_PORT = 8080;

export function takePortOption(argv: string[]): { port: number; rest: string[] } {
  const rest: string[] = [];
  let port = DEFAULT_PORT;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const inline = arg.startsWith("--port=") ? arg.slice("--port=".length) : undefined;
    if (arg !== "--port" && inline === undefined) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[(index += 1)];
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
      throw new BuildUsageError(
        `--port takes a port number from 1 to 65535, such as --port 8081; got '${value ?? ""}'.`,
      );
    }
    port = Number(value);
  }
  return { port, rest };
}
