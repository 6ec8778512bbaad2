/**
 * A YAML file as the loader keeps it: its text parsed with positions, so any later check can point
 * at a line and column. Also the one set of parse options, shared by the data files and by the
 * front matter Eleventy renders (lib/content/parse-front-matter.ts), so what is checked is what is
 * rendered.
 */
import type { Document, DocumentOptions, LineCounter, ParseOptions, SchemaOptions, ToJSOptions } from "yaml";

export interface YamlFile {
  /** Path relative to the project root, for messages. */
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The text the offsets in `doc` count in (the file without any byte order mark). */
  source: string;
  /** The file's contents as plain data. */
  data: unknown;
}

/**
 * YAML 1.2 core schema: `yes` and unquoted dates stay text rather than turning into booleans and
 * Date objects; duplicate keys are errors rather than silently overwriting.
 */
export const YAML_PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const satisfies ParseOptions &
  DocumentOptions &
  SchemaOptions;

/** A small file cannot expand to gigabytes through aliases (a "billion laughs"). */
export const YAML_TO_JS_OPTIONS = { maxAliasCount: 100 } as const satisfies ToJSOptions;

export function positionOf(yaml: Pick<YamlFile, "lineCounter">, offset: number): { line: number; column: number } {
  const position = yaml.lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}
