/** The three aims of the public sector equality duty, Equality Act 2010 s.149(1). */
import type { PsedAimId } from "../schemas/objectives.ts";

export interface PsedAim {
  id: PsedAimId;
  name: string;
  description: string;
}

export const psedAims: PsedAim[] = [
  {
    id: "eliminate-discrimination",
    name: "Eliminate discrimination",
    description: "Eliminate discrimination, harassment, victimisation and any other conduct the Equality Act 2010 prohibits.",
  },
  {
    id: "advance-equality",
    name: "Advance equality of opportunity",
    description: "Advance equality of opportunity between people who share a protected characteristic and people who do not.",
  },
  {
    id: "foster-good-relations",
    name: "Foster good relations",
    description: "Foster good relations between people who share a protected characteristic and people who do not.",
  },
];
