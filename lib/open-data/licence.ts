/**
 * The licence the open data is published under: `dataLicence` in organisation.yaml, or the Open
 * Government Licence, which public bodies use by default (The National Archives' UK Government
 * Licensing Framework).
 */
import type { Organisation } from "../schemas/organisation.ts";

export interface Licence {
  name: string;
  url: string;
}

export const OPEN_GOVERNMENT_LICENCE: Licence = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
};

export function licenceOf(organisation: Organisation): Licence {
  return organisation.dataLicence ?? OPEN_GOVERNMENT_LICENCE;
}
