/** The open data of each example hub, built in-process from its YAML as the build does, on a pinned day. */
import path from "node:path";
import { loadHubOrThrow } from "../../../lib/data/load-hub.ts";
import type { HubData } from "../../../lib/data/hub.ts";
import { buildOpenData, type OpenDataView } from "../../../lib/open-data/build-open-data.ts";
import type { OpenDataset } from "../../../lib/open-data/dataset.ts";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { PINNED_TODAY, PROJECT_ROOT } from "../../helpers/build-hub.ts";

/** The top-level example and those in examples/, by the data folder they are built from. */
export const EXAMPLE_DATA = {
  wealdmoor: "_data",
  "closed-ccg": "examples/closed-ccg/_data",
  "joint-ccgs": "examples/joint-ccgs/_data",
} as const;

const loaded = new Map<string, HubData>();

export function exampleData(name: keyof typeof EXAMPLE_DATA): HubData {
  const cached = loaded.get(name);
  if (cached) return cached;
  const { data } = loadHubOrThrow(path.join(PROJECT_ROOT, EXAMPLE_DATA[name]), PROJECT_ROOT, PINNED_TODAY);
  loaded.set(name, data);
  return data;
}

export function exampleOpenData(
  name: keyof typeof EXAMPLE_DATA,
  today = PINNED_TODAY,
  datasets?: OpenDataset[],
): OpenDataView {
  const data = exampleData(name);
  return buildOpenData({ data, site: buildSiteData(data, today) }, datasets);
}
