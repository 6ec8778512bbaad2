/**
 * Breadcrumbs from the URL's folders and the titles of the pages at them, so they follow the site
 * as it grows and never go stale. The current page is not included, as in the NHS.UK pattern.
 */
interface PageLike {
  url?: string | false;
  data?: { title?: string; breadcrumbTitle?: string };
}

export interface BreadcrumbItem {
  text: string;
  href: string;
}

export function breadcrumbs(url: string | null | undefined, pages: PageLike[] | null | undefined): BreadcrumbItem[] {
  if (!url || url === "/" || !pages) return [];
  const titles = titlesByUrl(pages);
  const segments = url.split("/").filter(Boolean);
  const ancestors = ["/", ...segments.slice(0, -1).map((_, index) => `/${segments.slice(0, index + 1).join("/")}/`)];
  return ancestors.flatMap((href) => {
    const text = href === "/" ? "Home" : titles.get(href);
    return text ? [{ text, href }] : [];
  });
}

/**
 * Every page asks with the same collection of every page, so on a hub of 1,000 pages the map of
 * titles was built a million times over; build it once per collection. A collection Eleventy
 * builds again (in watch mode) is a new array, so its map is built afresh.
 */
const titlesOf = new WeakMap<PageLike[], Map<string, string>>();

function titlesByUrl(pages: PageLike[]): Map<string, string> {
  let titles = titlesOf.get(pages);
  if (titles) return titles;
  titles = new Map();
  for (const page of pages) {
    const title = page.data?.breadcrumbTitle ?? page.data?.title;
    if (typeof page.url === "string" && title) titles.set(page.url, title);
  }
  titlesOf.set(pages, titles);
  return titles;
}
