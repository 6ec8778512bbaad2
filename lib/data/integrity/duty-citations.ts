/**
 * A duty's NHS Act 2006 citation against the kind of organisation the hub is for: a CCG's hub
 * never cites the 2022 Act's sections, an ICB's cites them (with the CCG's number only as
 * formerSection), and NHS England's own section 13G is listed as NHS England's (owedBy). Sections
 * not in the table (nhs-act-sections.ts) are accepted as written.
 */
import type { DataError } from "../errors.ts";
import { errorAt } from "../locate.ts";
import type { YamlFile } from "../yaml-file.ts";
import type { LegalDuty } from "../../schemas/legal-duties.ts";
import type { Organisation } from "../../schemas/organisation.ts";
import { holderInWords, hubInWords, knownSection, type KnownSection } from "./nhs-act-sections.ts";

type OrganisationType = Organisation["type"];
type Field = "section" | "formerSection" | "provision" | "owedBy";

/** A law text naming the NHS Act 2006, whose provision is checked like a section. */
const NHS_ACT = /\b(?:National Health Service|NHS) Act 2006\b/i;
const SECTION_NUMBER = /\b\d{1,3}[A-Z]{0,2}\d{0,3}\b/g;

export function checkCitations(yaml: YamlFile, duty: LegalDuty, index: number, type: OrganisationType): DataError[] {
  const errors: DataError[] = [];
  const report = (field: Field, message: string | undefined) => {
    if (message) errors.push(errorAt(yaml, ["duties", index, field], message));
  };
  const cited = duty.section ? [duty.section] : NHS_ACT.test(duty.law) ? citedIn(duty.provision) : [];
  const field = duty.section ? "section" : "provision";
  let wrong = false;
  for (const section of cited) {
    const known = knownSection(section);
    if (!known) continue;
    const message = eraProblem(known, type) ?? ownerProblem(known, duty.owedBy);
    wrong ||= message !== undefined;
    report(field, message);
    if (known.holder === "NHS England" && duty.owedBy && duty.owedBy.toLowerCase() !== "nhs england")
      report("owedBy", `section ${section} is NHS England's own duty: write owedBy: NHS England`);
  }
  if (duty.section && duty.formerSection && !duty.owedBy && !wrong)
    report("formerSection", formerProblem(duty.section, duty.formerSection, type));
  return errors;
}

function citedIn(provision: string | undefined): string[] {
  return provision?.match(SECTION_NUMBER) ?? [];
}

function named(known: KnownSection): string {
  return `section ${known.section} (${known.topic})`;
}

/** A CCG's section on an ICB's hub, or an ICB's on a CCG's. */
function eraProblem(known: KnownSection, type: OrganisationType): string | undefined {
  if (known.holder === "NHS England" || known.holder === type) return undefined;
  const counterpart = known.counterpart ? knownSection(known.counterpart) : undefined;
  if (type === "ICB") {
    const fix = counterpart ? `cites ${named(counterpart)}` : "cites the section of the Health and Care Act 2022";
    return `${named(known)} was ${holderInWords.CCG}; ${hubInWords.ICB} ${fix}, and may give formerSection: '${known.section}' for readers of older papers`;
  }
  const fix = counterpart
    ? `cites ${named(counterpart)}`
    : "cites its own section of the NHS Act 2006 as amended by the Health and Social Care Act 2012";
  return `${named(known)} is ${holderInWords.ICB}; ${hubInWords.CCG} ${fix}`;
}

/** NHS England's duty listed as ours, or our own duty listed as another body's. */
function ownerProblem(known: KnownSection, owedBy: string | undefined): string | undefined {
  if (known.holder === "NHS England" && !owedBy)
    return `${named(known)} is NHS England's own duty, not ours: add owedBy: NHS England, and say in the summary how we support it`;
  if (known.holder !== "NHS England" && owedBy)
    return `${named(known)} is ${holderInWords[known.holder]}, so it is ours, not ${owedBy}'s: remove owedBy`;
  return undefined;
}

/** formerSection: only on an ICB's hub, a CCG's section, and the same duty's. */
function formerProblem(section: string, formerSection: string, type: OrganisationType): string | undefined {
  if (type === "CCG")
    return `formerSection is for ${hubInWords.ICB}, to give readers of older papers the CCG's number; on ${hubInWords.CCG} section is already the CCG's own number: remove formerSection`;
  const current = knownSection(section);
  const former = knownSection(formerSection);
  if (former && former.holder !== "CCG") {
    const meant = current?.counterpart ? `: write formerSection: '${current.counterpart}'` : "";
    return `formerSection is the clinical commissioning group's number before 1 July 2022, and ${named(former)} is ${holderInWords[former.holder]}${meant}`;
  }
  if (current?.counterpart && current.counterpart !== formerSection)
    return `${named(current)} was section ${current.counterpart} before 1 July 2022, not ${formerSection}${former ? ` (${former.topic})` : ""}: write formerSection: '${current.counterpart}'`;
  if (former?.counterpart && former.counterpart !== section)
    return `${named(former)} became section ${former.counterpart} on 1 July 2022, not ${section}: check section and formerSection name the same duty`;
  return undefined;
}
