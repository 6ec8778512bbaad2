/**
 * The sections of the National Health Service Act 2006 that an equality hub cites, by the body
 * that holds them. A clinical commissioning group's duties were inserted by the Health and Social
 * Care Act 2012; an integrated care board's by the Health and Care Act 2022, which renumbered them
 * when ICBs took over on 1 July 2022. Section 13G is NHS England's own duty in both eras.
 *
 * The Act has many more sections: one not listed here is accepted as written. A listed one cited
 * on the wrong kind of hub is an error (docs/content-model.md, "legal-duties.yaml").
 */
import type { Organisation } from "../../schemas/organisation.ts";

type OrganisationType = Organisation["type"];

export type SectionHolder = OrganisationType | "NHS England";

export interface KnownSection {
  section: string;
  holder: SectionHolder;
  /** What the duty is about, as a message names it: "public involvement". */
  topic: string;
  /** The same duty's number in the other era: a CCG's 14T is an ICB's 14Z35. */
  counterpart?: string;
}

export const knownNhsActSections: readonly KnownSection[] = [
  { section: "14T", holder: "CCG", topic: "reducing inequalities", counterpart: "14Z35" },
  { section: "14Z1", holder: "CCG", topic: "integration", counterpart: "14Z42" },
  { section: "14Z2", holder: "CCG", topic: "public involvement", counterpart: "14Z45" },
  { section: "14Z35", holder: "ICB", topic: "reducing inequalities", counterpart: "14T" },
  { section: "14Z42", holder: "ICB", topic: "integration", counterpart: "14Z1" },
  { section: "14Z45", holder: "ICB", topic: "public involvement and consultation", counterpart: "14Z2" },
  { section: "14Z58", holder: "ICB", topic: "the annual report" },
  { section: "13G", holder: "NHS England", topic: "reducing inequalities" },
];

export function knownSection(section: string): KnownSection | undefined {
  return knownNhsActSections.find((known) => known.section === section);
}

/** "an integrated care board's duty under the Health and Care Act 2022", for messages. */
export const holderInWords: Record<SectionHolder, string> = {
  ICB: "an integrated care board's duty under the Health and Care Act 2022",
  CCG: "a clinical commissioning group's duty under the NHS Act 2006 as amended by the Health and Social Care Act 2012",
  "NHS England": "NHS England's own duty",
};

/** "an ICB's hub", "a CCG's hub". */
export const hubInWords: Record<OrganisationType, string> = {
  ICB: "an integrated care board's hub",
  CCG: "a clinical commissioning group's hub",
};
