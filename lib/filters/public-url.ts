/**
 * A page's public address, for the sitemap (and feeds): the hub's own path ('/policies/') after
 * `siteUrl`, which holds the base path ('https://www.example-icb.nhs.uk/equality'). Written with
 * one '/' between them however siteUrl ends, so a final '/' in organisation.yaml never doubles.
 */
export function publicUrl(hubPath: string | null | undefined, siteUrl: string | null | undefined): string {
  const site = (siteUrl ?? "").replace(/\/+$/, "");
  const page = hubPath ?? "/";
  return `${site}${page.startsWith("/") ? page : `/${page}`}`;
}
