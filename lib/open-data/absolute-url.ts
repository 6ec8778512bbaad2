/**
 * An address as a downloaded file can use: a link on this hub ('/policies/x/') is written in full
 * under siteUrl, so it still works once the file is opened somewhere else; 'https://' stays as it is.
 */
import { publicUrl } from "../filters/public-url.ts";

export function absoluteUrl(link: string, siteUrl: string): string {
  return link.startsWith("/") ? publicUrl(link, siteUrl) : link;
}
