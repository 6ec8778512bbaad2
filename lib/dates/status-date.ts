/**
 * The day statuses are worked out for. A hub whose organisation has closed is a record: its
 * publications, actions, reviews and consultations stand as they were on its last day, so nothing
 * falls due or becomes overdue after it closed (DOMAIN.md, "Publication schedule rules").
 */
import { dayBefore } from "./arithmetic.ts";

export interface StatusDate {
  /** `YYYY-MM-DD`: today, or the organisation's last day once it has closed. */
  date: string;
  /** True when `date` is the organisation's last day rather than today. */
  frozen: boolean;
}

/** `closedOn` is the day the organisation closed (ceased.closedOn), if it has a closing date. */
export function statusDate(today: string, closedOn: string | undefined): StatusDate {
  if (closedOn === undefined || today < closedOn) return { date: today, frozen: false };
  return { date: dayBefore(closedOn), frozen: true };
}
