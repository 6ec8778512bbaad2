/**
 * Words the NHS content style asks us not to use about people, each with what to say instead and
 * why. Drawn from the inclusive language guidance in the NHS digital service manual's content
 * style guide (service-manual.nhs.uk/content) and GOV.UK's "Inclusive language: words to use and
 * avoid when writing about disability", which it follows. The writing check
 * (lib/writing/nhs-words-plugin.ts) flags each phrase wherever it appears; docs/writing-help.md
 * says how to accept one on a page or in a field where the words are right (a quotation, a name).
 *
 * Phrases are whole words, matched without regard to case or the kind of apostrophe; `unlessNext`
 * leaves out a phrase when the next word makes it a different thing ("the disabled toilet" is
 * caught by its own entry, "the Deaf community" is a community's own name for itself).
 */
export interface NhsWord {
  /** Shown with each warning, so a team can talk about the rule by name. */
  id: string;
  phrases: readonly string[];
  unlessNext?: readonly string[];
  /** What to say, written to follow "say ...". */
  instead: string;
  why: string;
}

/** People, so "the disabled" followed by one of these is an adjective rather than a group noun. */
const PEOPLE_NOUNS = [
  "people",
  "person",
  "persons",
  "staff",
  "colleagues",
  "patients",
  "children",
  "child",
  "adults",
  "applicants",
  "students",
  "residents",
  "community",
  "communities",
  "population",
  "men",
  "women",
];

export const NHS_WORDS: readonly NhsWord[] = [
  {
    id: "suffers-from",
    phrases: ["suffers from", "suffer from", "suffering from", "suffered from", "afflicted by", "afflicted with"],
    instead: "'has' or 'lives with'",
    why: "it describes a condition without saying how the person feels about it",
  },
  {
    id: "sufferer",
    phrases: ["sufferer", "sufferers"],
    instead: "'person with' or 'people with' the condition",
    why: "it puts the condition before the person",
  },
  {
    id: "victim-of",
    phrases: ["victim of", "victims of", "stricken by", "stricken with"],
    instead: "'has' or 'had', or 'person who has had' (a stroke, for example)",
    why: "it makes people sound helpless; use 'victim' only for a crime, where the law does",
  },
  {
    id: "wheelchair-bound",
    phrases: ["wheelchair-bound", "wheelchair bound", "confined to a wheelchair", "in a wheelchair"],
    instead: "'wheelchair user' or 'uses a wheelchair'",
    why: "a wheelchair gives people freedom to get around rather than confining them",
  },
  {
    id: "the-disabled",
    phrases: ["the disabled", "the handicapped"],
    unlessNext: PEOPLE_NOUNS,
    instead: "'disabled people'",
    why: "the NHS and GOV.UK follow the social model of disability: people are disabled by barriers, and a group noun hides the people",
  },
  {
    id: "handicapped",
    phrases: [
      "handicapped",
      "handicap",
      "handicaps",
      "invalids",
      "crippled",
      "cripple",
      "cripples",
      "spastic",
      "spastics",
    ],
    instead: "'disabled' or 'disabled people', or name the condition",
    why: "these words are out of date and offensive",
  },
  {
    id: "differently-abled",
    phrases: ["differently abled", "differently-abled", "handicapable", "specially abled"],
    instead: "'disabled'",
    why: "euphemisms suggest being disabled is something to avoid saying",
  },
  {
    id: "able-bodied",
    phrases: ["able-bodied", "able bodied"],
    instead: "'non-disabled'",
    why: "it implies disabled people's bodies do not work",
  },
  {
    id: "disabled-toilet",
    phrases: [
      "disabled toilet",
      "disabled toilets",
      "disabled parking",
      "disabled parking bay",
      "disabled parking bays",
      "disabled access",
    ],
    instead: "'accessible toilet', 'accessible parking' or 'step-free access'",
    why: "it is the toilet or the parking that is designed for access, not disabled",
  },
  {
    id: "mentally-handicapped",
    phrases: ["mentally handicapped", "mental handicap", "retarded", "mentally retarded", "subnormal"],
    instead: "'learning disability' or 'person with a learning disability'",
    why: "'learning disability' is the term the NHS and the people it describes use",
  },
  {
    id: "the-mentally-ill",
    phrases: ["the mentally ill", "mental patient", "mental patients", "mentally ill people"],
    instead: "'people with mental health conditions'",
    why: "it puts the condition before the person",
  },
  {
    id: "mental-slurs",
    phrases: ["lunatic", "lunatics", "loony", "loonies", "nutter", "nutters", "psycho", "psychos", "schizo"],
    instead: "'person with a mental health condition', or name the condition",
    why: "these words are insults",
  },
  {
    id: "the-blind",
    phrases: ["the blind", "the deaf", "deaf and dumb", "deaf-mute", "deaf mute", "dumb"],
    unlessNext: PEOPLE_NOUNS,
    instead: "'blind people', 'Deaf people' or 'people with a hearing impairment' (ask people which they prefer)",
    why: "a group noun hides the people; 'dumb' is offensive",
  },
  {
    id: "epileptic",
    phrases: ["an epileptic", "epileptics", "a diabetic", "diabetics", "an asthmatic", "asthmatics", "an anorexic"],
    instead: "'person with epilepsy' (or diabetes, asthma, anorexia)",
    why: "a person is more than their condition",
  },
  {
    id: "the-elderly",
    phrases: ["the elderly", "elderly", "old people", "pensioners"],
    instead: "'older people', or give the age range, such as 'people over 65'",
    why: "'the elderly' and 'pensioners' lump people together and can sound patronising",
  },
  {
    id: "bame",
    phrases: ["bame", "bme"],
    instead:
      "'ethnic minority' or, better, name the groups you mean (such as 'Black African and Black Caribbean people')",
    why: "the groups it covers have very different experiences of health care, and many people do not identify with the label",
  },
  {
    id: "non-white",
    phrases: ["non-white", "non white", "coloured people", "half-caste", "half caste"],
    instead: "the ethnic groups you mean, using the census names (such as 'mixed or multiple ethnic groups')",
    why: "these words define people against white people, or are out of date and offensive",
  },
  {
    id: "committed-suicide",
    phrases: ["commit suicide", "commits suicide", "committed suicide", "committing suicide"],
    instead: "'died by suicide' or 'took their own life'",
    why: "suicide is no longer a crime, and 'commit' suggests one",
  },
  {
    id: "sexual-preference",
    phrases: ["sexual preference", "sexual preferences", "lifestyle choice"],
    instead: "'sexual orientation'",
    why: "sexual orientation is not a choice, and it is the Equality Act's term (s.12)",
  },
  {
    id: "transgendered",
    phrases: ["transgendered", "a transgender", "transgenders", "transsexuals", "sex change"],
    instead: "'trans people' or 'transgender people'; for the Equality Act characteristic, 'gender reassignment'",
    why: "'transgender' describes people rather than being a noun; 'sex change' is out of date",
  },
  {
    id: "the-homeless",
    phrases: ["the homeless"],
    unlessNext: PEOPLE_NOUNS,
    instead: "'people who are homeless' or 'people experiencing homelessness'",
    why: "a group noun hides the people",
  },
  {
    id: "normal",
    phrases: ["normal people"],
    instead: "the group you mean, such as 'people without diabetes' or 'non-disabled people'",
    why: "it suggests anyone else is abnormal",
  },
];
