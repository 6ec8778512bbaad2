import { describe, expect, it } from "vitest";
import { closestMatch, editDistance, suggestion } from "../../../lib/data/did-you-mean.ts";
import { characteristicIds } from "../../../lib/schemas/protected-characteristics.ts";

describe("closestMatch", () => {
  it("suggests the field meant by a swapped pair of letters", () => {
    expect(closestMatch("titel", ["id", "title", "summary"])).toBe("title");
  });

  it("suggests the id meant by half of a two-word id", () => {
    expect(closestMatch("maternity", characteristicIds)).toBe("pregnancy-maternity");
  });

  it("suggests nothing for a short word that merely shares letters with one", () => {
    expect(closestMatch("race", ["age", "sex"])).toBeUndefined();
  });

  it("ignores case when comparing", () => {
    expect(closestMatch("icb", ["ICB", "CCG"])).toBe("ICB");
  });
});

describe("suggestion", () => {
  it("lists every candidate once when none is close", () => {
    expect(suggestion("ethnicity", ["race", "sex", "race"])).toBe(": use one of 'race', 'sex'");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, changes and swaps of neighbours as one edit each", () => {
    expect([
      editDistance("sumary", "summary"),
      editDistance("titles", "title"),
      editDistance("ICS", "ICB"),
      editDistance("ab", "ba"),
    ]).toEqual([1, 1, 1, 1]);
  });
});
