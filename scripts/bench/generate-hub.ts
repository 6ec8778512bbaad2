/**
 * A data-driven hub of a given size for the bench: the example hub's data and pages, with its
 * policies, consultations, objectives and reports grown by cloning their entries under new ids, in
 * proportions like a real ICB's (mostly policies). Every page is one the hub itself makes from
 * data; nothing is a copied HTML file. The result is a normal hub folder: `_data/` and `site/`.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDocument, stringify } from "yaml";
import { DEFAULT_FOLDERS } from "../../lib/folders.ts";

export interface GeneratedHub {
  dataDir: string;
  inputDir: string;
  /** Entries added to each data file. */
  added: { policies: number; engagements: number; objectives: number; genderPayGapYears: number };
}

type Entry = Record<string, unknown>;

/**
 * `extraPages`: data-driven pages to add to the example's. Of them about 15% consultations, 3%
 * objectives, a gender pay gap report for each earlier year back to 2017, and the rest policies.
 */
export function generateHub(dir: string, extraPages: number): GeneratedHub {
  const dataDir = path.join(dir, "_data");
  const inputDir = path.join(dir, "site");
  mkdirSync(dir, { recursive: true });
  cpSync(DEFAULT_FOLDERS.data, dataDir, { recursive: true });
  cpSync(DEFAULT_FOLDERS.input, inputDir, { recursive: true });

  const engagements = Math.round(extraPages * 0.15);
  const objectives = Math.round(extraPages * 0.03);
  const reports = growGenderPayGapReports(dataDir, Math.min(extraPages - engagements - objectives, 8));
  const policies = Math.max(0, extraPages - engagements - objectives - reports);
  grow(dataDir, "policies.yaml", "policies", policies, clonePolicy);
  grow(dataDir, "engagement.yaml", "engagements", engagements, (entry, n) => renamed(entry, n));
  grow(dataDir, "objectives.yaml", "objectives", objectives, (entry, n) => renamed(entry, n));
  return { dataDir, inputDir, added: { policies, engagements, objectives, genderPayGapYears: reports } };
}

/** Adds `count` clones of the file's entries under `key`, taken in turn. */
function grow(dataDir: string, file: string, key: string, count: number, clone: (entry: Entry, n: number) => Entry) {
  const data = readYaml(dataDir, file);
  const entries = data[key] as Entry[];
  const originals = [...entries];
  for (let n = 1; n <= count; n += 1) entries.push(clone(structuredClone(originals[n % originals.length]!), n));
  writeYaml(dataDir, file, data);
}

function renamed(entry: Entry, n: number): Entry {
  return { ...entry, id: `${entry.id as string}-${n}`, title: `${entry.title as string} (${n})` };
}

/** A policy of its own: id, title and reference are each used once; reviews fall due in 2027-29. */
function clonePolicy(entry: Entry, n: number): Entry {
  return { ...renamed(entry, n), reference: `GEN-${String(n).padStart(4, "0")}`, reviewDue: `${2027 + (n % 3)}-03-31` };
}

/** The oldest gender pay gap report again for each earlier year, back to 2017/18 at most. */
function growGenderPayGapReports(dataDir: string, wanted: number): number {
  const data = readYaml(dataDir, "reports.yaml");
  const reports = data.reports as Entry[];
  const payGap = reports.filter((report) => report.type === "gender-pay-gap");
  const oldest = payGap.map((report) => String(report.year)).sort()[0];
  if (!oldest) return 0;
  const template = payGap.find((report) => String(report.year) === oldest)!;
  const startYear = Number(oldest.slice(0, 4));
  const years = Math.max(0, Math.min(wanted, startYear - 2017));
  for (let back = 1; back <= years; back += 1) {
    const clone = structuredClone(template);
    const year = startYear - back;
    clone.year = `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
    clone.publishedOn = shiftYear(String(template.publishedOn), -back);
    const figures = clone.genderPayGap as Entry;
    figures.snapshotDate = shiftYear(String(figures.snapshotDate), -back);
    delete clone.schedule;
    reports.push(clone);
  }
  writeYaml(dataDir, "reports.yaml", data);
  return years;
}

function shiftYear(isoDate: string, years: number): string {
  return `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;
}

function readYaml(dataDir: string, file: string): Entry {
  return parseDocument(readFileSync(path.join(dataDir, file), "utf8")).toJS() as Entry;
}

/** Every string double-quoted, as the hub asks of dates, references and versions. */
function writeYaml(dataDir: string, file: string, data: Entry): void {
  writeFileSync(
    path.join(dataDir, file),
    stringify(data, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 }),
  );
}
