/**
 * Data errors as the comms team sees them: like a compiler's, naming the file, line and column,
 * the field and how to fix it. Content mistakes never surface as stack traces.
 */
export interface DataError {
  /** Path relative to the project root, with forward slashes, such as `_data/objectives.yaml`. */
  file: string;
  /** 1-based; the file's first line when the error is about the whole file. */
  line: number;
  /** 1-based. */
  column: number;
  /** The field, such as `objectives[0].characteristics[1]`; empty for the whole file. */
  path: string;
  /** What is wrong and how to fix it, in plain English. */
  message: string;
}

/**
 * Something valid that needs attention soon, such as a policy past its review date: the same
 * shape as an error, so it points at the line, but it never stops a build.
 */
export type DataWarning = DataError;

/** Thrown where data cannot be reported directly (for example inside Eleventy's data cascade). */
export class HubDataError extends Error {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    super(formatDataErrors(errors));
    this.name = "HubDataError";
    this.errors = errors;
  }
}

/** One line per error, sorted by file then position, then a count and what happened as a result. */
export function formatDataErrors(errors: DataError[], outcome = "Nothing was built"): string {
  const files = new Set(errors.map((error) => error.file)).size;
  const summary = `${errors.length} ${errors.length === 1 ? "problem" : "problems"} in ${files} ${files === 1 ? "file" : "files"}. ${outcome}: fix ${errors.length === 1 ? "it" : "them"} and build again.`;
  return [...formatLocated(errors), "", summary].join("\n");
}

/**
 * `file:line:column field: message` for each, sorted by file then position, as compilers print
 * them; `label` goes before the message, such as "warning".
 */
export function formatLocated(errors: DataError[], label?: string): string[] {
  const sorted = [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return sorted.map((error) => {
    const where = `${error.file}:${error.line}:${error.column}`;
    const field = error.path ? ` ${error.path}:` : "";
    return `${where}${field} ${label ? `${label}: ` : ""}${error.message}`;
  });
}
