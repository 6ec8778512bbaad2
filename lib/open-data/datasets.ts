/** Every dataset published under /data/, in the order the /data/ page lists them. */
import type { OpenDataset } from "./dataset.ts";
import { edsOutcomesDataset } from "./eds-outcomes.ts";
import { edsRatingsDataset } from "./eds-ratings.ts";
import { engagementDataset } from "./engagement.ts";
import { genderPayGapDataset } from "./gender-pay-gap.ts";
import { objectiveActionsDataset } from "./objective-actions.ts";
import { objectivesDataset } from "./objectives.ts";
import { policiesDataset } from "./policies.ts";
import { scheduleDataset } from "./publication-schedule.ts";

export const OPEN_DATASETS: OpenDataset[] = [
  objectivesDataset,
  objectiveActionsDataset,
  edsOutcomesDataset,
  edsRatingsDataset,
  scheduleDataset,
  policiesDataset,
  engagementDataset,
  genderPayGapDataset,
] as OpenDataset[];

/** The folder of the hub they are published in, and their files' addresses in it. */
export const OPEN_DATA_FOLDER = "/data/";

export const openDataFormats = ["json", "csv", "schema"] as const;
export type OpenDataFormat = (typeof openDataFormats)[number];

export function openDataPath(id: string, format: OpenDataFormat): string {
  return `${OPEN_DATA_FOLDER}${id}.${format === "schema" ? "schema.json" : format}`;
}

/** Every file's address, for the plugin to write one template each. */
export function openDataPaths(): string[] {
  return OPEN_DATASETS.flatMap((dataset) => openDataFormats.map((format) => openDataPath(dataset.id, format)));
}
