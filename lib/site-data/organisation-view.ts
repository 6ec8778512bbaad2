/**
 * What every page says about the organisation beyond its contact details: the other formats it
 * offers, in words, who publishes the hub (one organisation, or the members of a joint hub),
 * and whether it has closed (a CCG replaced by an ICB) as of today.
 */
import { listInWords } from "../filters/list-in-words.ts";
import type {
  AlternativeFormat,
  FormatEntry,
  Member,
  Organisation,
  OrganisationType,
} from "../schemas/organisation.ts";

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

/** A format or help offered, as the contact page lists it: "Braille: Grade 1 or Grade 2". */
export interface FormatView {
  name: string;
  details?: string;
  /** Set for a translation: the language, as the file names it. */
  language?: string;
  help: boolean;
}

function formatView(entry: FormatEntry): FormatView {
  const { format, name, language, details } = typeof entry === "string" ? { format: entry } : entry;
  const named =
    format !== undefined
      ? { name: alternativeFormatNames[format], help: communicationHelp.includes(format) }
      : language !== undefined
        ? { name: `a translation into ${language}`, language, help: false }
        : { name: name ?? "", help: false };
  return { ...named, ...(details ? { details } : {}) };
}

/**
 * The formats as one phrase: "Easy Read, large print or a translation into Polish or Urdu, or
 * help from an interpreter or text relay". Translations are named together, so the phrase stays short.
 */
function formatsInWords(formats: FormatView[], help: FormatView[]): string {
  const languages = formats.flatMap((format) => (format.language ? [format.language] : []));
  const names = [
    ...formats.filter((format) => !format.language).map((format) => format.name),
    ...(languages.length > 0 ? [`a translation into ${listInWords(languages, "or")}`] : []),
  ];
  const helpNames = help.map((item) => item.name);
  const helpWords = helpNames.length > 0 ? `help from ${listInWords(helpNames, "or")}` : "";
  return [listInWords(names, "or"), helpWords].filter(Boolean).join(", or ");
}

export interface CeasedView {
  closedOn: string;
  successor: { name: string; url: string; system?: { name: string; url: string } };
  /** The organisation's own wording for the banner, when it has some. */
  message?: string;
  /** True from the day it closed; before then the banner says it will close. */
  closed: boolean;
}

/** One organisation of a joint hub, as the home and contact pages list it. */
export interface MemberView {
  name: string;
  odsCode: string;
  type: OrganisationType;
  closedOn?: string;
  /** True from its own closing day. */
  closed: boolean;
}

const pluralNames: Record<OrganisationType, string> = {
  CCG: "clinical commissioning groups",
  ICB: "integrated care boards",
};

export interface OrganisationView {
  /** The formats offered, as readers say them, in the organisation's order ("Easy Read", "large print"). */
  formats: FormatView[];
  /** Help to communicate that is offered ("an interpreter", "text relay"). */
  help: FormatView[];
  /** Both as one phrase: "Easy Read, large print or Braille, or help from an interpreter or text relay". */
  formatsInWords: string;
  ceased?: CeasedView;
  /** The members of a joint hub, in the file's order; empty for a single organisation. */
  members: MemberView[];
  /** The sentence before the list of members: "This hub is shared by 6 clinical commissioning groups:". */
  membersIntro?: string;
  /** The footer's owner: the organisation, a joint hub's one member, or the partnership's name for several. */
  copyright: string;
}

function memberView(member: Member, organisation: Organisation, today: string): MemberView {
  return {
    name: member.name,
    odsCode: member.odsCode,
    type: member.type ?? organisation.type,
    ...(member.closedOn ? { closedOn: member.closedOn } : {}),
    closed: member.closedOn !== undefined && member.closedOn <= today,
  };
}

function membersIntro(members: MemberView[], type: OrganisationType): string | undefined {
  if (members.length === 0) return undefined;
  if (members.length === 1) return "This hub is published by:";
  return `This hub is shared by ${members.length} ${pluralNames[type]}:`;
}

export function buildOrganisationView(organisation: Organisation, today: string): OrganisationView {
  const { ceased } = organisation;
  const offered = organisation.alternativeFormatsContact.formats.map(formatView);
  const formats = offered.filter((format) => !format.help);
  const help = offered.filter((format) => format.help);
  const members = (organisation.members ?? []).map((member) => memberView(member, organisation, today));
  const intro = membersIntro(members, organisation.type);
  return {
    formats,
    help,
    formatsInWords: formatsInWords(formats, help),
    ...(ceased ? { ceased: { ...ceased, closed: ceased.closedOn <= today } } : {}),
    members,
    ...(intro ? { membersIntro: intro } : {}),
    copyright: members.length === 1 ? (members[0]?.name ?? organisation.name) : organisation.name,
  };
}
