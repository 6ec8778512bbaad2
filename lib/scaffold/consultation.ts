/**
 * A new consultation for `_data/engagement.yaml`: opening in two weeks (time to get the word out)
 * and closing twelve weeks after that, a usual length for an NHS consultation. People respond
 * through the equality team's email until the editor gives the survey's address.
 */
import { addDays } from "../dates/arithmetic.ts";
import { engagementKinds } from "../schemas/engagement.ts";
import type { ScaffoldEntry } from "./entry.ts";
import type { ScaffoldInput } from "./input.ts";
import { idFromTitle, uniqueId } from "./unique-id.ts";

export const OPENS_AFTER_DAYS = 14;
export const OPEN_FOR_DAYS = 12 * 7;

export function newConsultation({ title, today, data }: ScaffoldInput): ScaffoldEntry {
  const id = uniqueId(
    idFromTitle(title),
    data.engagement.engagements.map((item) => item.id),
  );
  const characteristicIds = data.protectedCharacteristics.characteristics.map((characteristic) => characteristic.id);
  const opens = addDays(today, OPENS_AFTER_DAYS);
  return {
    file: "engagement.yaml",
    list: "engagements",
    label: `consultation '${title}'`,
    address: `/engagement/${id}/`,
    value: {
      id,
      title,
      kind: "consultation",
      summary: "What we are proposing, why, and what we want to know from people.",
      opens,
      closes: addDays(opens, OPEN_FOR_DAYS),
      respond: {
        how: "Fill in our online survey, or email us.",
        email: data.organisation.equalityContact.email,
      },
      groups: { characteristics: characteristicIds.slice(0, 1) },
    },
    edits: [
      { path: ["kind"], note: `${engagementKinds.join(" or ")} (an ongoing conversation rather than a proposal)` },
      { path: ["summary"], note: "what is proposed, why, and what you want to know" },
      { path: ["opens"], note: "the first day people can respond" },
      {
        path: ["closes"],
        note: "the last day views are taken; add closesAt: '17:00' if it closes before the end of the day",
      },
      { path: ["respond", "how"], note: "every way to respond, in words" },
      {
        path: ["respond", "email"],
        note: "where responses go; add url (the online survey) and phone if there are those",
      },
      {
        path: ["groups", "characteristics", 0],
        note: `whose views you want: one or more of ${characteristicIds.join(", ")}; and seldomHeard groups, such as carers`,
      },
    ],
  };
}
