/**
 * The version of the Equality Delivery System the outcomes are graded against, named as pages
 * name it. Every page that names a version takes it from here, so none says "EDS 2022" unless
 * outcomes.yaml is EDS 2022 (its `version`, or the documented default).
 */
import { DEFAULT_EDS_VERSION, type EdsVersion, type OutcomesFile } from "../schemas/outcomes.ts";

export interface EdsView {
  version: EdsVersion;
  /** "Equality Delivery System 2022" */
  name: string;
  /** "EDS 2022" */
  shortName: string;
}

const names: Record<EdsVersion, Omit<EdsView, "version">> = {
  "eds-2022": { name: "Equality Delivery System 2022", shortName: "EDS 2022" },
};

export function buildEdsView(outcomes: Pick<OutcomesFile, "version">): EdsView {
  const version = outcomes.version ?? DEFAULT_EDS_VERSION;
  return { version, ...names[version] };
}
