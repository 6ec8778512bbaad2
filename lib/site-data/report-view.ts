/** The yearly reports archive. (Being written: see issue 4.) */
import type { ReportsFile } from "../schemas/reports.ts";

export type ReportsView = unknown[];

export function buildReportsView(file: ReportsFile, _today: string): ReportsView {
  return file.reports;
}
