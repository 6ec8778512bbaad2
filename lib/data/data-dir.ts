/**
 * The data folder and its files. A file saved as `.yml`, or under a slightly different
 * name, is the likeliest reason one is "missing", so say which file to rename.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { closestMatch } from "./did-you-mean.ts";
import type { DataError } from "./errors.ts";
import { dataFileSchemas } from "../schemas/index.ts";

export function missingDataDir(absoluteDir: string, relativeDir: string): DataError | undefined {
  if (existsSync(absoluteDir) && statSync(absoluteDir).isDirectory()) return undefined;
  return {
    file: relativeDir,
    line: 1,
    column: 1,
    path: "",
    message: `the data folder ${relativeDir} does not exist: check the --data option or HUB_DATA_DIR (the default is _data)`,
  };
}

/** An error when `name` is not in the folder, naming a near miss to rename if there is one. */
export function missingFile(absoluteDir: string, name: string, relativeFile: string): DataError | undefined {
  if (existsSync(path.join(absoluteDir, name))) return undefined;
  const others = readdirSync(absoluteDir).filter((other) => /\.ya?ml$/i.test(other));
  const stem = name.replace(/\.yaml$/, "");
  const nearMiss =
    others.find((other) => other.replace(/\.ya?ml$/i, "") === stem) ??
    closestMatch(
      name,
      others.filter((other) => !isExpected(other)),
    );
  const hint = nearMiss ? `rename ${nearMiss} to ${name}` : "create it (see docs/content-model.md)";
  return { file: relativeFile, line: 1, column: 1, path: "", message: `${relativeFile} is missing: ${hint}` };
}

function isExpected(file: string): boolean {
  return Object.hasOwn(dataFileSchemas, file);
}
