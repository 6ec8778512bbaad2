/**
 * The gender pay gap figures as open data: one record per report, the six figures of SI 2017/353
 * schedule 1 as reports.yaml gives them (they are not derived), newest first, with the reporting
 * year and page the reports pages file them under (lib/site-data/report-view.ts).
 */
import { z } from "zod";
import { httpsUrlSchema } from "../schemas/common.ts";
import { firstYearOf, reportingYearSchema } from "../schemas/cycle.ts";
import { archiveYearOf, genderPayGapSchema, reportSchema } from "../schemas/reports.ts";
import { genderPayGapUrl } from "../site-data/report-view.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { defineDataset } from "./dataset.ts";

const figures = genderPayGapSchema.shape;
const menWomen = figures.bonusReceived.shape;
const quartile = (name: string, who: "men" | "women") =>
  menWomen[who].describe(`The percentage of ${who} in the ${name} quartile of hourly pay`);

export const genderPayGapRecord = z.strictObject({
  year: reportingYearSchema.describe("The reporting year the report is for, such as 2025/26"),
  snapshotDate: figures.snapshotDate.describe("The day the figures describe: 31 March of the year's first year"),
  publishedOn: reportSchema.shape.publishedOn.describe("When we published the report"),
  meanHourlyGap: figures.meanHourlyGap.describe(
    "Mean hourly pay gap: men's minus women's, as a percentage of men's (negative when women are paid more)",
  ),
  medianHourlyGap: figures.medianHourlyGap.describe("Median hourly pay gap, as a percentage of men's"),
  meanBonusGap: figures.meanBonusGap.describe("Mean bonus pay gap, as a percentage of men's"),
  medianBonusGap: figures.medianBonusGap.describe("Median bonus pay gap, as a percentage of men's"),
  bonusReceivedMen: menWomen.men.describe("The percentage of men who were paid a bonus"),
  bonusReceivedWomen: menWomen.women.describe("The percentage of women who were paid a bonus"),
  lowerQuartileMen: quartile("lower", "men"),
  lowerQuartileWomen: quartile("lower", "women"),
  lowerMiddleQuartileMen: quartile("lower middle", "men"),
  lowerMiddleQuartileWomen: quartile("lower middle", "women"),
  upperMiddleQuartileMen: quartile("upper middle", "men"),
  upperMiddleQuartileWomen: quartile("upper middle", "women"),
  upperQuartileMen: quartile("upper", "men"),
  upperQuartileWomen: quartile("upper", "women"),
  page: httpsUrlSchema.describe("The report's page on this hub"),
});

export const genderPayGapDataset = defineDataset({
  id: "gender-pay-gap",
  title: "Gender pay gap figures",
  description: "One record per gender pay gap report, newest first.",
  record: genderPayGapRecord,
  // Files of no records would say nothing true of an employer the duty never applied to: the page
  // says why instead, in the words the reports page uses (lib/site-data/employer-duties-view.ts).
  omittedBecause: ({ site }, recordCount) =>
    recordCount === 0 && !site.employerDuties.genderPayGap.applies
      ? site.employerDuties.genderPayGap.reason
      : undefined,
  records: ({ data, site }) =>
    data.reports.reports
      .flatMap((report) => (report.genderPayGap ? [{ report, gap: report.genderPayGap }] : []))
      .map(({ report, gap }) => ({ year: archiveYearOf(report), report, gap }))
      .sort((a, b) => firstYearOf(b.year) - firstYearOf(a.year))
      .map(({ year, report, gap }) => ({
        year,
        snapshotDate: gap.snapshotDate,
        publishedOn: report.publishedOn,
        meanHourlyGap: gap.meanHourlyGap,
        medianHourlyGap: gap.medianHourlyGap,
        meanBonusGap: gap.meanBonusGap,
        medianBonusGap: gap.medianBonusGap,
        bonusReceivedMen: gap.bonusReceived.men,
        bonusReceivedWomen: gap.bonusReceived.women,
        lowerQuartileMen: gap.quartiles.lower.men,
        lowerQuartileWomen: gap.quartiles.lower.women,
        lowerMiddleQuartileMen: gap.quartiles.lowerMiddle.men,
        lowerMiddleQuartileWomen: gap.quartiles.lowerMiddle.women,
        upperMiddleQuartileMen: gap.quartiles.upperMiddle.men,
        upperMiddleQuartileWomen: gap.quartiles.upperMiddle.women,
        upperQuartileMen: gap.quartiles.upper.men,
        upperQuartileWomen: gap.quartiles.upper.women,
        page: absoluteUrl(genderPayGapUrl(year), site.organisation.siteUrl),
      })),
});
