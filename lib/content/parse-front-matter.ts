/**
 * How Eleventy reads a page's front matter: with the `yaml` package and the options the checks
 * use (lib/data/yaml-file.ts), not Eleventy's default js-yaml, so what was checked is what is
 * rendered (`date: 2026-11-23` stays the text that was validated rather than becoming a Date).
 * The build has already refused front matter that does not parse (lib/content/front-matter.ts).
 */
import { parse } from "yaml";
import { YAML_PARSE_OPTIONS, YAML_TO_JS_OPTIONS } from "../data/yaml-file.ts";

export function parseFrontMatter(text: string): Record<string, unknown> {
  // Eleventy hands over a CRLF page's block with a lone "\r" at its end, which the yaml package
  // would keep in the last value; the checks read the block without it, so line ends become "\n".
  const value: unknown = parse(text.replace(/\r\n?/g, "\n"), { ...YAML_PARSE_OPTIONS, ...YAML_TO_JS_OPTIONS });
  // An empty block (`---\n---`) is no data, which Eleventy wants as an empty object.
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}
