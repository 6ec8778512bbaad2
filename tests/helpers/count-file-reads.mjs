/**
 * Preloaded into a build (`NODE_OPTIONS=--import=./tests/helpers/count-file-reads.mjs`) to count how
 * often each file under COUNT_READS_UNDER is read, so a test can see the data read once per build.
 * Plain JavaScript because it loads before tsx. Adds `{ "<file>": count }` to COUNT_READS_TO on exit:
 * adds, because a launcher such as tsx's runs the build in a child process that preloads this too.
 */
import fs, { existsSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";

const under = path.resolve(process.env.COUNT_READS_UNDER ?? "");
const target = process.env.COUNT_READS_TO;
const counts = {};
const readFileSync = fs.readFileSync;

fs.readFileSync = function countedReadFileSync(file, ...rest) {
  if (typeof file === "string" || file instanceof URL) {
    const absolute = path.resolve(file instanceof URL ? file.pathname : file);
    if (absolute.startsWith(under + path.sep)) {
      const name = path.relative(under, absolute);
      counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return readFileSync.call(this, file, ...rest);
};
// `import { readFileSync } from "node:fs"` sees the counted function too.
syncBuiltinESMExports();

process.on("exit", () => {
  if (!target) return;
  const totals = existsSync(target) ? JSON.parse(readFileSync(target, "utf8")) : {};
  for (const [name, count] of Object.entries(counts)) totals[name] = (totals[name] ?? 0) + count;
  writeFileSync(target, JSON.stringify(totals));
});
