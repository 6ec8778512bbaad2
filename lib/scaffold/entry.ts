/**
 * What `npm run new` adds to a data file: one entry of a list, with a note beside each value the
 * editor must change. The notes become `# EDIT:` comments, which YAML keeps and the build ignores,
 * so the entry validates as it is and still says, line by line, what to write.
 */
import type { DataFileName } from "../schemas/index.ts";

/** A value's place in the entry, as the yaml package's getIn takes it: ['approved', 'on']. */
export type EntryPath = (string | number)[];

export interface EditNote {
  path: EntryPath;
  /** What to write there, for a comms officer: "the role that owns the policy, not a person". */
  note: string;
}

export interface ScaffoldEntry {
  /** The data file it goes in. */
  file: DataFileName;
  /** The list in that file: 'policies', 'engagements'. */
  list: string;
  /** How the message names it: "policy 'Flexible working policy'". */
  label: string;
  /** The page the build will make for it, where it has one of its own: '/policies/flexible-working/'. */
  address?: string;
  value: Record<string, unknown>;
  edits: EditNote[];
}
