/** Heading slugs for any heading text: safe in a web address, stable, and never a second kind of id. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../../../lib/markdown/slugify.ts";
import { idSchema } from "../../../lib/schemas/common.ts";

describe("slugify, for any text", () => {
  it("gives lower-case ASCII words joined by single hyphens, or nothing", () => {
    fc.assert(
      fc.property(fc.string(), (heading) => {
        const slug = slugify(heading);
        expect(slug === "" || idSchema.safeParse(slug).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same slug for a slug (slugs are stable when pages are rebuilt or retitled to them)", () => {
    fc.assert(
      fc.property(fc.string(), (heading) => {
        expect(slugify(slugify(heading))).toBe(slugify(heading));
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores case, accents and punctuation, so small edits to a heading keep its link", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,4}$/), (words) => {
        const edited = words.toUpperCase().replace(/E/g, "É").replace(/ /g, ", ") + "?";
        expect(slugify(edited)).toBe(slugify(words));
      }),
    );
  });

  it("never puts characters in an id that could break out of an attribute or an address", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (heading) => {
        expect(slugify(heading)).not.toMatch(/["'<>&\s/\\?#%]/);
      }),
      { numRuns: 2000 },
    );
  });
});
