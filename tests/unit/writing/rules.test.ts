/**
 * The writing help's rules on plain text, as an author sees them: each NHS phrase is flagged with
 * what to say instead, the Equality Act's own wording is left alone, and hard or long sentences
 * are named once.
 */
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../../lib/writing/findings.ts";
import { NHS_WORDS } from "../../../lib/writing/nhs-words.ts";
import { plainTextMessages } from "../../../lib/writing/processors.ts";
import { LONG_SENTENCE_WORDS } from "../../../lib/writing/settings.ts";

const findings = (text: string) => findingsOf(plainTextMessages(text), text);

describe("the NHS list of words about people", () => {
  for (const entry of NHS_WORDS) {
    for (const phrase of entry.phrases) {
      it(`flags '${phrase}' and says ${entry.instead} instead`, () => {
        const found = findings(`We spoke about ${phrase} yesterday.`);
        const hit = found.find((finding) => finding.rule === entry.id);
        expect(hit?.message).toBe(`say ${entry.instead} instead of '${phrase}': ${entry.why}`);
        expect(hit?.kind).toBe("inclusive language");
        expect(hit?.phrase.toLowerCase()).toBe(phrase);
      });
    }
  }

  it("matches whatever the case, and only whole words", () => {
    expect(findings("She Suffers From asthma.").map((finding) => finding.rule)).toEqual(["suffers-from"]);
    expect(findings("Our handicapability survey.")).toEqual([]);
  });

  it("leaves 'the disabled' alone when it describes people, and never reads across punctuation", () => {
    expect(findings("We asked the disabled people's forum.")).toEqual([]);
    expect(findings("We asked the Deaf community.")).toEqual([]);
    expect(findings("We built it for the disabled, then for everyone.").map((finding) => finding.rule)).toEqual([
      "the-disabled",
    ]);
    expect(findings("We spoke to the, disabled.")).toEqual([]);
  });

  it("reports one suggestion where retext-equality and the NHS list flag the same words", () => {
    expect(findings("He is wheelchair-bound.").map((finding) => [finding.rule, finding.phrase])).toEqual([
      ["wheelchair-bound", "wheelchair-bound"],
    ]);
  });
});

describe("the words an equality hub must use", () => {
  const legal = [
    "We must have due regard to the need to eliminate discrimination, harassment and victimisation.",
    "We advance equality of opportunity and foster good relations between people.",
    "People who share a protected characteristic.",
    "We make reasonable adjustments for disabled people.",
    "Disability is a physical or mental impairment with a substantial and long-term adverse effect.",
    "Pregnancy and maternity. Marriage and civil partnership. Sex. Sexual orientation. Gender reassignment.",
    "Our equality objectives and the overall rating for EDS 2022.",
    "The gender pay gap between women and men; she is pregnant.",
    "Gypsy, Roma and Traveller communities and people seeking asylum.",
    "Read the Easy Read version. Our staff support mental health.",
    "Tell us your address to register with a GP.",
  ];
  for (const text of legal) {
    it(`leaves '${text}' alone`, () => {
      expect(findings(text)).toEqual([]);
    });
  }
});

describe("plain words", () => {
  it("suggests 'use' for 'utilise'", () => {
    expect(findings("We utilise the data.")).toEqual([
      expect.objectContaining({
        kind: "plain words",
        rule: "utilise",
        phrase: "utilise",
        column: 4,
        message: "say 'use' instead of 'utilise': plain words are easier to read",
      }),
    ]);
  });
});

describe("hard and long sentences", () => {
  it("names a sentence most readability measures put above the reading age it is set to", () => {
    const text = "Institutional discrimination necessitates comprehensive organisational transformation programmes.";
    expect(findings(text)).toEqual([expect.objectContaining({ kind: "reading age", column: 1, phrase: text })]);
  });

  it(`names a sentence over ${LONG_SENTENCE_WORDS} words once, as long, with its word count`, () => {
    const text = `${Array.from({ length: 30 }, (_, index) => (index % 2 ? "cat" : "the")).join(" ")}.`;
    const found = findings(text);
    expect(found).toEqual([expect.objectContaining({ kind: "long sentence", column: 1 })]);
    expect(found[0]?.message).toBe(
      `this sentence has 30 words: split it into sentences of ${LONG_SENTENCE_WORDS} words or fewer, one idea each`,
    );
  });

  it("leaves a short plain sentence alone", () => {
    expect(findings("Tell us what you think of our plans.")).toEqual([]);
  });
});
