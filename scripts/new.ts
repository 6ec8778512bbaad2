/**
 * `npm run new -- <policy|objective|consultation|report|page> "<title>"`: adds a valid entry to the
 * right data file, or a markdown page, with each value to change marked '# EDIT:', and says the
 * file and line (lib/scaffold/run-new.ts). Exit codes as the build's: 0 added, 1 the hub's
 * content stops it, 2 bad usage.
 */
import { runNew } from "../lib/scaffold/run-new.ts";

const result = runNew(process.argv.slice(2), process.env);
for (const line of result.out) console.log(line);
for (const line of result.err) console.error(line);
process.exitCode = result.status;
