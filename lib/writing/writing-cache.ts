/**
 * What the writing help found in each text, kept between runs in the build's cache folder, so an
 * unchanged hub is not read again (retext is the slow part of the content step). Entries are keyed
 * by a hash of the text, under a fingerprint of everything that decides the findings: our own
 * modules' source and the retext packages' versions. Change either and the whole cache is
 * dropped. Only the texts of the latest run are written back, so the file stays the hub's size. A
 * cache that cannot be read or written is ignored: the writing help never stops a build.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "./findings.ts";
import type { TextMode } from "./read-text.ts";

const CACHE_FILE = path.join("writing-help", "findings.json");

/** The modules whose code decides what is found, and the packages that do the reading. */
const OWN_MODULES = [
  "findings.ts",
  "markdown-texts.ts",
  "nhs-words.ts",
  "processors.ts",
  "read-text.ts",
  "settings.ts",
  "plugins/long-sentences.ts",
  "plugins/nhs-words.ts",
];
const PACKAGES = /^(retext-|parse-english|remark-|mdast-util-to-nlcst|unified|nlcst-)/;

const hash = (text: string) => createHash("sha256").update(text).digest("hex");

export function textKey(text: string, mode: TextMode): string {
  return hash(`${mode}\0${text}`).slice(0, 32);
}

let fingerprint: string | undefined;

function readFingerprint(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const own = OWN_MODULES.map((file) => readFileSync(path.join(here, file), "utf8"));
  const manifest = JSON.parse(readFileSync(path.resolve(here, "../../package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const versions = Object.entries(manifest.dependencies ?? {}).filter(([name]) => PACKAGES.test(name));
  return hash(JSON.stringify([own, versions]));
}

export class WritingCache {
  private readonly stored = new Map<string, Finding[]>();
  private readonly used = new Map<string, Finding[]>();

  constructor(private readonly dir: string | undefined) {
    if (!dir) return;
    try {
      fingerprint ??= readFingerprint();
      const file = JSON.parse(readFileSync(path.join(dir, CACHE_FILE), "utf8")) as {
        fingerprint?: string;
        texts?: Record<string, Finding[]>;
      };
      if (file.fingerprint === fingerprint)
        for (const [key, found] of Object.entries(file.texts ?? {})) this.stored.set(key, found);
    } catch {
      // No cache yet, or one from an older version: every text is read again.
    }
  }

  get(key: string): Finding[] | undefined {
    const found = this.used.get(key) ?? this.stored.get(key);
    if (found) this.used.set(key, found);
    return found;
  }

  set(key: string, found: Finding[]): void {
    this.used.set(key, found);
  }

  save(): void {
    if (!this.dir) return;
    try {
      fingerprint ??= readFingerprint();
      mkdirSync(path.join(this.dir, path.dirname(CACHE_FILE)), { recursive: true });
      writeFileSync(
        path.join(this.dir, CACHE_FILE),
        JSON.stringify({ fingerprint, texts: Object.fromEntries(this.used) }),
      );
    } catch {
      // A read-only cache folder only makes the next run slower.
    }
  }
}
