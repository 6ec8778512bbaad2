/**
 * How the writing help is tuned to an NHS equality hub, with the reason for each choice, in one
 * place (docs/writing-help.md explains them for authors). The retext plugins were written for
 * American technical writing; an equality hub must use the Equality Act's own words, so the
 * suggestions that fight them are turned off here rather than accepted on every page.
 */

/**
 * retext-equality rules turned off, by rule id. Its rules on disability and mental health are
 * replaced by the NHS list (nhs-words.ts), whose suggestions follow UK usage.
 */
export const EQUALITY_RULES_OFF: Readonly<Record<string, string>> = {
  "maternity-paternity":
    "'pregnancy and maternity' is a protected characteristic (Equality Act s.4), and maternity care an NHS service",
  "maternal-paternal": "maternal health is an NHS service's name, not a gendered choice of word",
  "gals-man": "'women' and 'men' are needed for the protected characteristic of sex and for gender pay gap reporting",
  "gal-guy": "'woman' and 'man' are needed for the protected characteristic of sex",
  "females-males": "the gender pay gap regulations count women and men",
  "he-she":
    "NHS pages say 'she' of a pregnant woman or a named person; the check cannot tell those from a generic 'he'",
  "her-him": "as 'he-she'",
  "herself-himself": "as 'he-she'",
  midwife: "'midwife' is the profession's title in the UK",
  easy: "'Easy Read' is the name of an accessible format (Accessible Information Standard)",
  gyp: "'Gypsy, Roma and Traveller' is the census ethnic group and the communities' own name",
  asylum: "'people seeking asylum' is the recommended wording",
  nuts: "it flags 'mental' in 'mental health'; the NHS list flags the slurs and 'the mentally ill'",
  invalid: "it flags 'disabled'; UK guidance prefers 'disabled people' (the social model of disability)",
  special: "it flags 'special' everywhere ('special category data'); the NHS list flags 'differently abled'",
  handicapped: "replaced by the NHS list, which suggests 'disabled' rather than 'person with a handicap'",
  gimp: "replaced by the NHS list ('crippled')",
  retard: "replaced by the NHS list ('learning disability')",
  "committed-suicide": "replaced by the NHS list, which also suggests 'took their own life'",
  "wheelchair-bound": "replaced by the NHS list ('wheelchair user')",
};

/**
 * retext-simplify phrases never suggested, each because a law, a standard or the NHS's own use
 * needs the word. (Its option takes phrases, as the plugin writes them.)
 */
export const SIMPLIFY_KEEP: Readonly<Record<string, string>> = {
  eliminate: "the first aim of the public sector equality duty is to 'eliminate discrimination' (s.149(1)(a))",
  substantial: "the Equality Act's definition of disability: 'substantial and long-term adverse effect' (s.6)",
  effect: "as 'substantial' (s.6)",
  adjustment: "'reasonable adjustments' is the Equality Act's duty (s.20)",
  objective: "'equality objectives' are what the specific duties require (SI 2017/353, reg 5)",
  overall: "EDS 2022 gives an 'overall rating'",
  delete: "the everyday word for what happens to personal data when it is no longer kept",
  address: "in the NHS it is mostly a postal address (registering with a GP)",
  "is responsible for":
    "the model accessibility statement says the EHRC 'is responsible for enforcing' the regulations",
};

/**
 * retext-readability: a sentence is reported when at least 6 of its 7 formulas put it above a
 * reading age of 14. NHS.UK content aims at a reading age of about 9 to 11, but the formulas are
 * made for whole passages: scored a sentence at a time, one statutory term ('public sector
 * equality duty') pushes a sentence over, and at age 11 with the plugin's default of 4 formulas
 * 679 of the example hubs' sentences were reported, so every warning would be ignored. At 14 and 6
 * of 7 the check names the sentences most readers will struggle with (24 in the example hubs
 * before they were rewritten); write for 9 to 11 all the same.
 */
export const READABILITY = { age: 14, threshold: 6 / 7, minWords: 5 } as const;

/** GOV.UK and NHS guidance: keep sentences short; 25 words is GOV.UK's upper limit. */
export const LONG_SENTENCE_WORDS = 25;

/** How many warnings are printed, in all and for one file, before the rest are counted. */
export const PRINT_LIMIT = { total: 40, perFile: 8 } as const;
