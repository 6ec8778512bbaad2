/**
 * Every page a search can find, A to Z by title and grouped by first letter, each with its
 * summary (its `description`): the search page's list for readers without JavaScript, whose
 * header search cannot run Pagefind. Pages left out of search (`excludeFromSearch`) are left out
 * here too; titles that start with a digit or a symbol come first, under "0 to 9 and symbols".
 */
interface PageLike {
  url?: string | false;
  data?: { title?: string; description?: string; excludeFromSearch?: boolean };
}

export interface AToZPage {
  title: string;
  url: string;
  /** Undefined when the page has no description. */
  summary: string | undefined;
}

export interface AToZGroup {
  /** "A" to "Z", or "0 to 9 and symbols". */
  heading: string;
  /** For the fragment that links to it: "a" to "z", or "other". */
  id: string;
  pages: AToZPage[];
}

const OTHER = { heading: "0 to 9 and symbols", id: "other" };

export function aToZ(pages: PageLike[] | null | undefined): AToZGroup[] {
  if (!pages) return [];
  const listed = pages
    .flatMap((page): AToZPage[] => {
      const title = page.data?.title?.trim();
      if (typeof page.url !== "string" || !title || page.data?.excludeFromSearch === true) return [];
      return [{ title, url: page.url, summary: page.data?.description?.trim() || undefined }];
    })
    .sort((a, b) => a.title.localeCompare(b.title, "en-GB", { sensitivity: "base", numeric: true }));
  const groups: AToZGroup[] = [];
  for (const page of listed) {
    const { heading, id } = letterOf(page.title);
    let group = groups.find((candidate) => candidate.id === id);
    if (!group) {
      group = { heading, id, pages: [] };
      groups.push(group);
    }
    group.pages.push(page);
  }
  // Sorted pages give their letters in order, except accented first letters ("Écoute" files under E).
  return groups.sort((a, b) => (a.id === OTHER.id ? -1 : b.id === OTHER.id ? 1 : a.id.localeCompare(b.id)));
}

function letterOf(title: string): { heading: string; id: string } {
  // "É" is "E" plus an accent once decomposed, so it files under E.
  const first = title.normalize("NFD").charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? { heading: first, id: first.toLowerCase() } : OTHER;
}
