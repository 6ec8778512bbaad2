/** EDS ratings (the same in EDS2 and EDS 2022): each outcome scores 0-3; an overall rating comes from the bands in outcomes.yaml. */
import type { Rating, RatingBand } from "../schemas/outcomes.ts";

const OUTCOME_RATINGS: Rating[] = ["undeveloped", "developing", "achieving", "excelling"];

export function outcomeRating(score: 0 | 1 | 2 | 3): Rating {
  return OUTCOME_RATINGS[score] as Rating;
}

export function overallRating(total: number, bands: RatingBand[]): Rating {
  const band = bands.find((candidate) => total >= candidate.min && total <= candidate.max);
  if (!band) throw new RangeError(`No rating band holds an overall score of ${total}`);
  return band.rating;
}

export function ratingLabel(rating: Rating): string {
  return rating.charAt(0).toUpperCase() + rating.slice(1);
}
