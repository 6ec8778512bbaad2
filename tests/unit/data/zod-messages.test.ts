import { describe, expect, it } from "vitest";
import { z } from "zod";
import { plainMessage } from "../../../lib/data/zod-messages.ts";

/** The plain-English message for the first issue `schema` finds in `value`. */
function messageFor(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected the value to be rejected");
  return plainMessage(result.error.issues[0] as z.core.$ZodIssue);
}

describe("plainMessage", () => {
  it("keeps a message the schema wrote itself", () => {
    expect(messageFor(z.string({ error: "write the postcode as text" }), 3)).toBe("write the postcode as text");
  });

  it("words a number that is too small", () => {
    expect(messageFor(z.number().min(1), 0)).toBe("use a number at least 1");
  });

  it("words a list that is too long", () => {
    expect(messageFor(z.array(z.string()).max(2), ["a", "b", "c"])).toBe("list at most 2 items");
  });

  it("words a list expected where YAML found text", () => {
    expect(messageFor(z.array(z.string()), "none")).toBe("write a list, one item a line, each starting with '- '");
  });

  it("words a whole number expected where YAML found a fraction", () => {
    expect(messageFor(z.number().int(), 1.5)).toBe("write a whole number");
  });

  it("words a value outside a set of literals", () => {
    expect(messageFor(z.enum(["a", "b"]), "c")).toBe("use one of 'a', 'b'");
  });
});
