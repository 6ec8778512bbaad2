/**
 * What every page says about the organisation beyond its contact details: the other formats it
 * offers, in words, and whether it has closed (a CCG replaced by an ICB) as of today.
 */
import type { AlternativeFormat, Organisation } from "../schemas/organisation.ts";

export const alternativeFormatNames: Record<AlternativeFormat, string> = {
  "easy-read": "Easy Read",
  "british-sign-language": "British Sign Language (BSL)",
  "large-print": "large print",
  audio: "audio",
  braille: "Braille",
  interpreter: "an interpreter",
  "text-relay": "text relay",
};

export interface CeasedView {
  closedOn: string;
  successor: { name: string; url: string };
  /** True from the day it closed; before then the banner says it will close. */
  closed: boolean;
}

export interface OrganisationView {
  /** The formats offered, as readers say them, in the organisation's order. */
  formatNames: string[];
  ceased?: CeasedView;
}

export function buildOrganisationView(organisation: Organisation, today: string): OrganisationView {
  const { ceased } = organisation;
  return {
    formatNames: organisation.alternativeFormatsContact.formats.map((format) => alternativeFormatNames[format]),
    ...(ceased ? { ceased: { closedOn: ceased.closedOn, successor: ceased.successor, closed: ceased.closedOn <= today } } : {}),
  };
}
