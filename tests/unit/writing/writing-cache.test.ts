/**
 * The writing help's cache in the build's cache folder: a second run on the same words takes what
 * the first found from it, and a cache that is damaged or missing only means the words are read
 * again.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LoadedHub } from "../../../lib/data/hub.ts";
import { checkWriting } from "../../../lib/writing/check-writing.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";
import { loadFixture, objectivesYaml } from "../data/fixture-hub.ts";

const SUFFERS = "say 'has' or 'lives with' instead of 'suffers from'";

function hub(): LoadedHub {
  const loaded = loadFixture({
    "objectives.yaml": objectivesYaml.replace("Make services easier to reach.", "Help anyone who suffers from pain."),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return { data: loaded.data, files: loaded.files };
}

let cacheDir: string;
const cacheFile = () => path.join(cacheDir, "writing-help", "findings.json");

beforeEach(() => {
  cacheDir = makeTempDir("writing-cache");
});
afterEach(() => removeDir(cacheDir));

describe("the writing help's cache", () => {
  it("keeps what a run found, and a second run on the same words takes it from there", async () => {
    const first = await checkWriting(hub(), [], { cacheDir });
    expect(first.map((warning) => warning.message)).toEqual([expect.stringContaining(SUFFERS)]);
    // Change what the cache says was found: the second run shows it, so it did not read the text again.
    writeFileSync(cacheFile(), readFileSync(cacheFile(), "utf8").replace(/say 'has'/, "say 'HAS'"));
    const second = await checkWriting(hub(), [], { cacheDir });
    expect(second.map((warning) => warning.message)).toEqual([expect.stringContaining("say 'HAS'")]);
    expect({ ...second[0], message: "" }).toEqual({ ...first[0], message: "" });
  });

  it("reads the words again when the cache is damaged, or was written by other code", async () => {
    await checkWriting(hub(), [], { cacheDir });
    writeFileSync(cacheFile(), "{ not json");
    expect((await checkWriting(hub(), [], { cacheDir }))[0]?.message).toContain(SUFFERS);
    const stale = JSON.parse(readFileSync(cacheFile(), "utf8")) as { fingerprint: string; texts: object };
    const tampered = JSON.stringify({ ...stale, fingerprint: "older" }).replace(/say 'has'/, "say 'HAS'");
    writeFileSync(cacheFile(), tampered);
    expect((await checkWriting(hub(), [], { cacheDir }))[0]?.message).toContain(SUFFERS);
  });

  it("reads the words without a cache folder too", async () => {
    expect((await checkWriting(hub(), []))[0]?.message).toContain(SUFFERS);
  });
});
