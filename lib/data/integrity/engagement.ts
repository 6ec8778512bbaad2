/**
 * Cross-file checks for _data/engagement.yaml: one engagement per id (the id is its web address),
 * and every protected characteristic it names is one in protected-characteristics.yaml. And, on
 * the day of the build, that one still to close says when it opened.
 */
import { formatDisplayDate } from "../../dates/format.ts";
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { characteristicReferences, unique, type IdUse } from "./rules.ts";

export function checkEngagement(
  { engagement, protectedCharacteristics: { characteristics } }: HubData,
  files: HubFiles,
): DataError[] {
  const yaml = files["engagement.yaml"];
  const { engagements } = engagement;
  const characteristicUses: IdUse[] = engagements.flatMap((item, index) =>
    item.groups.characteristics.map((id, position) => ({
      id,
      path: ["engagements", index, "groups", "characteristics", position],
    })),
  );
  return [
    ...unique(
      yaml,
      "engagements",
      "id",
      engagements.map((item) => item.id),
      "give each engagement its own id",
    ),
    ...characteristicReferences(yaml, characteristicUses, characteristics),
  ];
}

/**
 * `opens` may be left out only of a record: one whose closing day has passed. One still open, or
 * still to come, has a page that invites people to respond, and without its opening day the page
 * could call it open before it is (docs/content-model.md, engagement.yaml).
 */
export function checkEngagementOnDay({ engagement }: HubData, files: HubFiles, today: string): DataError[] {
  const yaml = files["engagement.yaml"];
  return engagement.engagements.flatMap((item, index) =>
    item.opens === undefined && item.closes >= today
      ? [
          errorAt(
            yaml,
            ["engagements", index, "opens"],
            `add 'opens' (the first day people can respond, on or before '${item.closes}'): this closes on ${formatDisplayDate(item.closes)}, which has not passed yet, so its page invites people to respond; only a record of one that has already closed may leave 'opens' out`,
          ),
        ]
      : [],
  );
}
