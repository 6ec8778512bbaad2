/**
 * `npm run new`: adds one entry to the right data file, or one markdown page, and says where. The
 * hub must pass its data checks first, so whatever `npm run check` says next is about the new
 * entry; and the data is checked again with the entry in it, and the file put back as it was if
 * that fails, so the command never leaves a hub that the check refuses. Exit codes as the build's:
 * 0 added, 1 the hub's content stops it (problems already there, a page at that address, a
 * closed organisation's consultation), 2 bad usage.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BuildUsageError } from "../build/options.ts";
import { formatDisplayDate } from "../dates/format.ts";
import { statusDate } from "../dates/status-date.ts";
import { formatDataErrors } from "../data/errors.ts";
import type { HubData, LoadedHub } from "../data/hub.ts";
import { loadHub } from "../data/load-hub.ts";
import { locate } from "../data/locate.ts";
import { InsertError, insertEntry } from "./insert-entry.ts";
import { ENTRY_MAKERS } from "./kinds.ts";
import { parseNewOptions, type NewOptions } from "./new-options.ts";
import { newPage } from "./page.ts";
import { addressTakenBy } from "./page-address.ts";
import { renderEntry } from "./render-entry.ts";
import { sameReportIndex } from "./report.ts";

export interface NewResult {
  status: 0 | 1 | 2;
  /** Lines for stdout, then stderr. */
  out: string[];
  err: string[];
}

/** A file as the build names it in messages: relative to the project folder, with '/'. */
const relativeTo = (root: string, absolute: string) => path.relative(root, absolute).split(path.sep).join("/");

const fail = (status: 1 | 2, message: string): NewResult => ({ status, out: [], err: [message] });

/** `now` and `root` as for parseBuildOptions. */
export function runNew(argv: string[], env: NodeJS.ProcessEnv, now = new Date(), root = process.cwd()): NewResult {
  let options: NewOptions;
  try {
    options = parseNewOptions(argv, env, now, root);
  } catch (error) {
    if (error instanceof BuildUsageError) return fail(2, error.message);
    throw error;
  }
  const loaded = loadHub(options.dataDir, root, options.today);
  if (!loaded.ok) {
    return fail(1, formatDataErrors(loaded.errors, `The hub has problems already, so nothing was added`));
  }
  const check = ["npm run check", ...(options.folderArgs.length > 0 ? ["--", ...options.folderArgs] : [])].join(" ");
  const hub = { data: loaded.data, files: loaded.files };
  return options.kind === "page" ? addPage(options, hub.data, root, check) : addEntry(options, hub, root, check);
}

function addEntry(options: NewOptions, { data, files }: LoadedHub, root: string, check: string): NewResult {
  const kind = options.kind as keyof typeof ENTRY_MAKERS;
  const { ceased, shortName } = data.organisation;
  const day = statusDate(options.today, ceased?.closedOn);
  const entry = ENTRY_MAKERS[kind]({ title: options.title, today: day.date, data });
  // Nothing falls due after an organisation closes: it runs no consultation past its last day.
  const closes = kind === "consultation" ? String(entry.value.closes) : undefined;
  if (ceased && closes !== undefined && closes >= ceased.closedOn) {
    const when = day.frozen
      ? `closed on ${formatDisplayDate(ceased.closedOn)} ('ceased' in organisation.yaml), so its hub is a record and it runs no consultations`
      : `closes on ${formatDisplayDate(ceased.closedOn)} ('ceased' in organisation.yaml), before a consultation opening in two weeks would close (${formatDisplayDate(closes)})`;
    return fail(
      1,
      `${shortName} ${when}: nothing was added. Consultations about its services after it closes are ${ceased.successor.name}'s, published on its own site (${ceased.successor.url}). To record one the organisation held before it closed, copy an entry in engagement.yaml and give it its dates.`,
    );
  }
  const absolute = path.resolve(root, options.dataDir, entry.file);
  const relativeFile = relativeTo(root, absolute);
  if (kind === "report") {
    const index = sameReportIndex(entry, data);
    if (index !== -1) {
      const { line } = locate(files["reports.yaml"], ["reports", index, "title"]);
      return fail(
        1,
        `${relativeFile} already has a report titled '${options.title}' for ${String(entry.value.year)}, at line ${line}: nothing was added. Edit that one, or give the new report another title.`,
      );
    }
  }
  const source = readFileSync(absolute, "utf8");
  let inserted;
  try {
    inserted = insertEntry(source, entry.list, renderEntry(entry), relativeFile);
  } catch (error) {
    if (error instanceof InsertError) return fail(1, error.message);
    throw error;
  }
  writeFileSync(absolute, inserted.text);
  const after = loadHub(options.dataDir, root, options.today);
  if (!after.ok) {
    writeFileSync(absolute, source);
    return fail(
      1,
      `${formatDataErrors(after.errors, `The new ${entry.label} did not pass the data checks, so ${relativeFile} was put back as it was`)}\nThis is a fault in npm run new: please report it with the lines above.`,
    );
  }
  const out = [
    `Added ${entry.label} to ${relativeFile} at line ${inserted.line}${entry.address ? `; its page will be ${entry.address}` : ""}. Edit the values marked EDIT, then run ${check}.`,
  ];
  const err = day.frozen
    ? [
        `${shortName} closed on ${formatDisplayDate(ceased?.closedOn ?? day.date)}, so the dates are its last day, ${formatDisplayDate(day.date)}, and the years from it: the hub is a record of what it published before it closed. Give the real dates.`,
      ]
    : [];
  return { status: 0, out, err };
}

function addPage(options: NewOptions, data: HubData, root: string, check: string): NewResult {
  const page = newPage(options.title);
  const absolute = path.resolve(root, options.pagesDir, page.fileName);
  const relativeFile = relativeTo(root, absolute);
  const taken = existsSync(absolute)
    ? `${relativeFile} is already there`
    : addressTakenBy(page.address, {
        inputDir: options.inputDir,
        pagesDir: options.pagesDir,
        redirects: data.redirects.redirects,
        root,
      });
  if (taken) {
    return fail(
      1,
      `A page titled '${options.title}' would be at ${page.address}, but ${taken}: nothing was added or changed. Give the new page another title, or edit the one that is there.`,
    );
  }
  writeFileSync(absolute, page.text, { flag: "wx" });
  return {
    status: 0,
    out: [
      `Added page '${options.title}' at ${relativeFile}, line 1; its address will be ${page.address}. Edit the text marked EDIT and the page's own text, then run ${check}.`,
    ],
    err: [],
  };
}
