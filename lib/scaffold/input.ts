/** What every kind of new entry is made from: pure data, so each kind is a pure function. */
import type { HubData } from "../data/hub.ts";

export interface ScaffoldInput {
  /** The title the editor gave, trimmed. */
  title: string;
  /**
   * The day its dates count from, `YYYY-MM-DD`: today, or a closed organisation's last day
   * (lib/dates/status-date.ts), as its hub stands on that day.
   */
  today: string;
  /** The hub's validated data: existing ids, the organisation, the characteristics. */
  data: HubData;
}
