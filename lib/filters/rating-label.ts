import type { Rating } from "../schemas/outcomes.ts";
import { ratingLabel as label } from "../scorecard/ratings.ts";

/** An EDS 2022 rating as its word, such as "Achieving"; "Not graded" when there is none. */
export function ratingLabel(rating: Rating | null | undefined): string {
  return rating ? label(rating) : "Not graded";
}
