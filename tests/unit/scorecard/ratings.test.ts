import { describe, expect, it } from "vitest";
import { outcomeRating, overallRating, ratingLabel } from "../../../lib/scorecard/ratings.ts";
import { defaultRatingBands, ratings, type RatingBand } from "../../../lib/schemas/outcomes.ts";

describe("outcomeRating", () => {
  it("rates 0 Undeveloped, 1 Developing, 2 Achieving and 3 Excelling", () => {
    expect(([0, 1, 2, 3] as const).map(outcomeRating)).toEqual(["undeveloped", "developing", "achieving", "excelling"]);
  });
});

describe("overallRating", () => {
  it.each([
    [0, "undeveloped"],
    [7, "undeveloped"],
    [8, "developing"],
    [21, "developing"],
    [22, "achieving"],
    [32, "achieving"],
    [33, "excelling"],
  ])("rates an overall score of %i as %s with the usual bands", (total, rating) => {
    expect(overallRating(total, defaultRatingBands)).toBe(rating);
  });

  it("follows an organisation's own bands", () => {
    const bands: RatingBand[] = [
      { rating: "undeveloped", min: 0, max: 7 },
      { rating: "developing", min: 8, max: 21 },
      { rating: "achieving", min: 22, max: 30 },
      { rating: "excelling", min: 31, max: 33 },
    ];
    expect(overallRating(31, bands)).toBe("excelling");
  });

  it("throws a RangeError when no band holds the score", () => {
    expect(() => overallRating(34, defaultRatingBands)).toThrow(
      new RangeError("No rating band holds an overall score of 34"),
    );
  });
});

describe("ratingLabel", () => {
  it("gives each rating its word with a capital letter", () => {
    expect(ratings.map(ratingLabel)).toEqual(["Undeveloped", "Developing", "Achieving", "Excelling"]);
  });
});
