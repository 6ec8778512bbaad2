/**
 * The last publication, or the last time a duty was done, in words: "Published late, on 31 March
 * 2025, for the 2024 snapshot". The pages put the date between the words, inside `<time>`.
 */
import type { LastTime, ScheduleEntryKind } from "../schemas/publication-schedule.ts";
import { cycleInWords } from "./cycle.ts";
import type { LatestView } from "./types.ts";

export function latestView(
  kind: ScheduleEntryKind | undefined,
  last: LastTime | undefined,
  { planned, late }: { planned: boolean; late: boolean },
): LatestView {
  const verb = kind === "duty" ? "done" : "published";
  if (last === undefined) return { state: "none", text: `Not yet ${verb}`, inSentence: `not yet ${verb}` };
  const tail = last.covers === undefined ? "" : `, for ${cycleInWords(last.covers)}`;
  if (planned) {
    return { state: "planned", date: last.date, late, lead: "Planned for", leadInSentence: "planned for", tail };
  }
  const how = late ? `${verb} late, on` : verb;
  return {
    state: "done",
    date: last.date,
    url: last.url,
    late,
    lead: `${how.charAt(0).toUpperCase()}${how.slice(1)}`,
    leadInSentence: `last ${how}`,
    tail,
  };
}
