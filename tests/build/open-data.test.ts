/**
 * The open data of the example hub as the build publishes it (pinned to 23 November 2026): the
 * /data/ page lists every file, with the size it really has, and each JSON file names its schema
 * at its public address, a file the site holds.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OPEN_DATASETS } from "../../lib/open-data/datasets.ts";
import { sizeInWords } from "../../lib/open-data/size-in-words.ts";
import { readPage, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { heard } from "./page-queries.ts";

let site: string;
let page: Document;

beforeAll(() => {
  site = exampleSite().dir;
  page = readPage(site, "/data/");
});

describe("the open data page", () => {
  it("has a section for each dataset, after saying what the files are", () => {
    expect(text(page.querySelector("h1"))).toBe("Open data");
    expect([...page.querySelectorAll("main h2")].map((heading) => text(heading))).toEqual([
      "About the files",
      ...OPEN_DATASETS.map((dataset) => dataset.title),
    ]);
  });

  it("links each dataset's JSON, CSV and JSON Schema, with the size each file has", () => {
    const rows = [...page.querySelectorAll("main table")]
      .filter((table) => text(table.querySelector("caption")).endsWith(" files"))
      .flatMap((table) => [...table.querySelectorAll("tbody tr")]);
    const listed = rows.map((row) => {
      const href = row.querySelector("a")?.getAttribute("href") ?? "";
      const [, format, size] = heard(row);
      return [href, format, size];
    });
    const expected = OPEN_DATASETS.flatMap(({ id }) =>
      [
        [`/data/${id}.json`, "JSON"],
        [`/data/${id}.csv`, "CSV"],
        [`/data/${id}.schema.json`, "JSON Schema"],
      ].map(([url = "", format]) => [url, format, sizeInWords(statSync(path.join(site, url)).size)]),
    );
    expect(listed).toEqual(expected);
  });

  it("describes each dataset's fields in plain words", () => {
    const fields = [...page.querySelectorAll("main details")].find((item) =>
      text(item.querySelector("summary")).includes("Policies and procedures"),
    );
    const rows = [...(fields?.querySelectorAll("tbody tr") ?? [])].map((row) => text(row));
    expect(rows).toContain("reviewOverdue true when its review date had passed on the day the data is as at");
  });

  it("says when the data was last updated, and under which licence it may be reused", () => {
    const main = text(page.querySelector("main"));
    expect(main).toContain("The files were last updated on 23 November 2026, when this hub was last built.");
    expect(main).toContain("You may reuse the data under the Open Government Licence v3.0.");
    expect(
      page.querySelector("main a[href^='https://www.nationalarchives.gov.uk/doc/open-government-licence']"),
    ).not.toBeNull();
  });

  it("is linked from the footer of every page", () => {
    expect(readPage(site, "/policies/").querySelector("footer a[href='/data/']")?.textContent).toBe("Open data");
  });
});

describe("each JSON file", () => {
  it.each(OPEN_DATASETS.map((dataset) => dataset.id))("%s names its schema at its public address", (id) => {
    const json = JSON.parse(readFileSync(path.join(site, "data", `${id}.json`), "utf8")) as Record<string, unknown>;
    const schema = JSON.parse(readFileSync(path.join(site, "data", `${id}.schema.json`), "utf8")) as Record<
      string,
      unknown
    >;
    expect([json.$schema, schema.$id, json.lastUpdated, json.closedOn]).toEqual([
      `https://equality.wealdmoor-icb.example/data/${id}.schema.json`,
      `https://equality.wealdmoor-icb.example/data/${id}.schema.json`,
      "2026-11-23",
      null,
    ]);
  });
});
