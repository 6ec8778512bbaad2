/**
 * Which attributes of which elements hold an address: what the link check reads
 * (lib/links/scan-html.ts) and what a base path moves (prefix-addresses.ts), written once.
 */
export type AddressAttributeName = "href" | "src" | "srcset" | "action" | "poster";

/** The addresses a page must reach on the site: links, images, scripts, stylesheets and forms. */
export const LINKED_ADDRESS_ATTRIBUTES: Readonly<Record<string, readonly AddressAttributeName[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  script: ["src"],
  source: ["src", "srcset"],
  form: ["action"],
};

/** Those, and embedded media, which the hub's own pages do not use but an address under a base path must reach. */
export const ALL_ADDRESS_ATTRIBUTES: Readonly<Record<string, readonly AddressAttributeName[]>> = {
  ...LINKED_ADDRESS_ATTRIBUTES,
  iframe: ["src"],
  audio: ["src"],
  video: ["src", "poster"],
  track: ["src"],
};
