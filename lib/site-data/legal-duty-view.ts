/**
 * The legal duties page's content: duties grouped by the law they come from, each cited with the
 * section in force for this kind of organisation, its summary rendered from markdown, and its
 * "met by" ids resolved to today's schedule rows and to objectives.
 */
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { ScheduleRow } from "../schedule/types.ts";
import type { DutyKind, LegalDuty } from "../schemas/legal-duties.ts";
import type { Organisation } from "../schemas/organisation.ts";
import type { ObjectiveView } from "./objective-view.ts";

type OrganisationType = Organisation["type"];

export interface LegalDutyView extends Omit<LegalDuty, "metBy" | "summary" | "sections"> {
  /**
   * Where the duty is in the law, as the page cites it: "National Health Service Act 2006, section
   * 14Z35 (section 14T before 1 July 2022)", or for another body's duty "…, section 13G: NHS
   * England's duty, not ours".
   */
  citation: string;
  /** The summary's markdown as HTML, rendered with the pages' rules (no raw HTML, allowed links only). */
  summaryHtml: string;
  /** "How we meet this duty", or for another body's duty "How we support NHS England's duty". */
  metByHeading: string;
  /** The publications that show the duty is met, with today's status, in the YAML's order. */
  schedule: ScheduleRow[];
  objectives: ObjectiveView[];
}

/** nhsuk-frontend's table macro's params: each cell is `{ text }`, escaped by the macro. */
export interface SectionTable {
  caption: string;
  head: Array<{ text: string }>;
  rows: Array<Array<{ text: string }>>;
}

export interface LegalDutyGroup {
  id: string;
  heading: string;
  /** What the group's law is for this kind of organisation, when that needs saying. */
  intro?: string;
  /** An ICB's own duties with their former CCG numbers, when any gives one. */
  sectionTable?: SectionTable;
  duties: LegalDutyView[];
}

/** The page's sections, in the order a reader meets the law: equality first, then NHS, rights, the rest. */
const groups: Array<{ id: string; heading: string; kinds: DutyKind[] }> = [
  { id: "equality-act", heading: "The Equality Act 2010", kinds: ["general-equality-duty", "specific-duty"] },
  { id: "nhs-duties", heading: "NHS duties", kinds: ["nhs-act"] },
  { id: "human-rights", heading: "Human rights", kinds: ["human-rights"] },
  { id: "other-duties", heading: "Other duties", kinds: ["other"] },
];

/** Which amendment of the NHS Act 2006 gave each kind of organisation its duties. */
const nhsActFor: Record<OrganisationType, string> = {
  ICB: "an integrated care board in the National Health Service Act 2006, as amended by the Health and Care Act 2022",
  CCG: "a clinical commissioning group in the National Health Service Act 2006, as amended by the Health and Social Care Act 2012",
};

/** The pages' own markdown set-up, so a summary reads as a page would. */
const markdown = createMarkdown();

export function buildLegalDutyView(
  duty: LegalDuty,
  schedule: ScheduleRow[],
  objectives: ObjectiveView[],
): LegalDutyView {
  const { metBy, summary, sections: _sections, ...rest } = duty;
  return {
    ...rest,
    citation: citation(duty),
    summaryHtml: markdown.render(summary),
    metByHeading: duty.owedBy ? `How we support ${possessive(duty.owedBy)} duty` : "How we meet this duty",
    schedule: metBy.schedule.flatMap((id) => schedule.filter((row) => row.entry.id === id)),
    objectives: metBy.objectives.flatMap((id) => objectives.filter((objective) => objective.id === id)),
  };
}

/** Groups with no duties are left out; within a group, duties keep the YAML's order. */
export function groupLegalDuties(duties: LegalDutyView[], type: OrganisationType): LegalDutyGroup[] {
  return groups
    .map(({ id, heading, kinds }) => ({ id, heading, duties: duties.filter((duty) => kinds.includes(duty.kind)) }))
    .filter((group) => group.duties.length > 0)
    .map((group) => (group.id === "nhs-duties" ? withSections(group, type) : group));
}

function citation(duty: LegalDuty): string {
  if (!duty.section) return duty.provision ? `${duty.law}, ${duty.provision}` : duty.law;
  const cited = `${duty.law}, section ${duty.section}`;
  if (duty.owedBy) return `${cited}: ${possessive(duty.owedBy)} duty, not ours`;
  return duty.formerSection ? `${cited} (section ${duty.formerSection} before 1 July 2022)` : cited;
}

/** "NHS England's". */
function possessive(name: string): string {
  return `${name}'s`;
}

/**
 * The NHS duties say whose they are: an ICB's under the 2022 Act, a CCG's under the 2012 Act. Only
 * an ICB has former numbers (integrity allows formerSection nowhere else), so only its page has
 * the table of both.
 */
function withSections(group: LegalDutyGroup, type: OrganisationType): LegalDutyGroup {
  const renumbered = group.duties.filter((duty) => duty.formerSection && !duty.owedBy);
  const intro = `Our duties in this section are those of ${nhsActFor[type]}.`;
  if (type !== "ICB" || renumbered.length === 0) return { ...group, intro };
  return {
    ...group,
    intro: `${intro} Clinical commissioning groups had them under other section numbers before 1 July 2022, and older papers use those.`,
    sectionTable: {
      caption: "NHS Act 2006 section numbers before and after 1 July 2022",
      head: [
        { text: "Duty" },
        { text: "As an integrated care board" },
        { text: "Before 1 July 2022, as a clinical commissioning group" },
      ],
      rows: renumbered.map((duty) => [
        { text: duty.title },
        { text: `Section ${duty.section}` },
        { text: `Section ${duty.formerSection}` },
      ]),
    },
  };
}
