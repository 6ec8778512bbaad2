/**
 * The Equality Delivery System as pages name it, from the versions outcomes.yaml records. Every
 * page that names the EDS takes the name from here, so none says "EDS 2022" unless the file holds
 * EDS 2022 (its top level, named by `version` or the documented default) and nothing else: a file
 * with EDS2 alone is named EDS2, and one with both is the Equality Delivery System, each version
 * then named where it is shown (lib/scorecard/versions.ts).
 */
import { DEFAULT_EDS_VERSION, type EdsVersion, type OutcomesFile } from "../schemas/outcomes.ts";
import { edsRecords, edsVersionFacts } from "../scorecard/versions.ts";

export interface EdsView {
  /** The newest version recorded. */
  version: EdsVersion;
  /** "Equality Delivery System 2022"; "Equality Delivery System" for more than one version. */
  name: string;
  /** "EDS 2022"; "EDS" for more than one version. */
  shortName: string;
}

export function buildEdsView(
  outcomes: Partial<Pick<OutcomesFile, "version" | "domains" | "outcomes" | "eds2">>,
): EdsView {
  const versions = edsRecords({ ratingBands: [], events: [], ...outcomes }).map((record) => record.version);
  const version = versions[0] ?? outcomes.version ?? DEFAULT_EDS_VERSION;
  if (versions.length > 1) return { version, name: "Equality Delivery System", shortName: "EDS" };
  const { name, shortName } = edsVersionFacts[version];
  return { version, name, shortName };
}
