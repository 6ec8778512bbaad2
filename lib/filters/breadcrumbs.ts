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
  const titles = new Map<string, string>();
  for (const page of pages) {
    const title = page.data?.breadcrumbTitle ?? page.data?.title;
    if (typeof page.url === "string" && title) titles.set(page.url, title);
  }
  const segments = url.split("/").filter(Boolean);
  const ancestors = ["/", ...segments.slice(0, -1).map((_, index) => `/${segments.slice(0, index + 1).join("/")}/`)];
  return ancestors.flatMap((href) => {
    const text = href === "/" ? "Home" : titles.get(href);
    return text ? [{ text, href }] : [];
  });
}
