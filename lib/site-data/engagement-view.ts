/** Engagements and consultations as their pages show them. (Being written: see issue 4.) */
import type { EngagementFile } from "../schemas/engagement.ts";

export type EngagementView = unknown[];

export function buildEngagementView(file: EngagementFile, _today: string): EngagementView {
  return file.engagements;
}
