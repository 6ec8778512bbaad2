/** A section reference as words: '5' → "section 5", '17-18' → "sections 17 and 18". */
export function actSections(section: string | null | undefined): string {
  if (!section) return "";
  const [first, last] = section.split("-");
  return last ? `sections ${first} and ${last}` : `section ${first}`;
}
