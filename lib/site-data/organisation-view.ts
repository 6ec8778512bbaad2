/**
 * What every page says about the organisation beyond its contact details: the other formats it
 * offers, in words, and whether it has closed (a CCG replaced by an ICB) as of today.
 */
import { listInWords } from "../filters/list-in-words.ts";
import type { AlternativeFormat, Organisation } from "../schemas/organisation.ts";

/** How a sentence names each format; interpreters and text relay are help to communicate, not formats. */
export const alternativeFormatNames: Record<AlternativeFormat, string> = {
  "easy-read": "Easy Read",
  "british-sign-language": "British Sign Language (BSL)",
  "large-print": "large print",
  audio: "audio",
  braille: "Braille",
  interpreter: "an interpreter",
  "text-relay": "text relay",
};

const communicationHelp: readonly AlternativeFormat[] = ["interpreter", "text-relay"];

export interface CeasedView {
  closedOn: string;
  successor: { name: string; url: string; system?: { name: string; url: string } };
  /** The organisation's own wording for the banner, when it has some. */
  message?: string;
  /** True from the day it closed; before then the banner says it will close. */
  closed: boolean;
}

export interface OrganisationView {
  /** The formats offered, as readers say them, in the organisation's order ("Easy Read", "large print"). */
  formatNames: string[];
  /** Help to communicate that is offered ("an interpreter", "text relay"). */
  helpNames: string[];
  /** Both as one phrase: "Easy Read, large print or Braille, or help from an interpreter or text relay". */
  formatsInWords: string;
  ceased?: CeasedView;
}

export function buildOrganisationView(organisation: Organisation, today: string): OrganisationView {
  const { ceased } = organisation;
  const offered = organisation.alternativeFormatsContact.formats;
  const formatNames = offered
    .filter((format) => !communicationHelp.includes(format))
    .map((format) => alternativeFormatNames[format]);
  const helpNames = offered
    .filter((format) => communicationHelp.includes(format))
    .map((format) => alternativeFormatNames[format]);
  const help = helpNames.length > 0 ? `help from ${listInWords(helpNames, "or")}` : "";
  return {
    formatNames,
    helpNames,
    formatsInWords: [listInWords(formatNames, "or"), help].filter(Boolean).join(", or "),
    ...(ceased ? { ceased: { ...ceased, closed: ceased.closedOn <= today } } : {}),
  };
}
