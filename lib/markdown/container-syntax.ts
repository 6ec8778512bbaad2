/**
 * The `:::` lines that open and close the NHS.UK components authors can use in markdown. Shared by
 * the markdown rule that renders them and the content lint that reports the ones it cannot.
 */

export const CONTAINER_NAMES = ["inset", "warning", "details"] as const;
export type ContainerName = (typeof CONTAINER_NAMES)[number];

export type ContainerLine =
  | { kind: "open"; name: ContainerName; title: string }
  /** Looks like an opening line but cannot be rendered; `message` says what to change. */
  | { kind: "invalid"; message: string }
  | { kind: "close" };

export const CONTAINERS_IN_WORDS = "::: inset, ::: warning or ::: details";

/** Reads a line with its indentation already removed; undefined if it is not a `:::` line. */
export function readContainerLine(line: string): ContainerLine | undefined {
  const match = /^:::[ \t]*(.*?)[ \t]*$/.exec(line);
  if (!match) return undefined;
  const rest = match[1] ?? "";
  if (rest === "") return { kind: "close" };
  const [, word = "", title = ""] = /^(\S+)(?:[ \t]+(.*))?$/.exec(rest) ?? [];
  const name = CONTAINER_NAMES.find((known) => known === word.toLowerCase());
  if (!name) return { kind: "invalid", message: `unknown component '::: ${word}': use ${CONTAINERS_IN_WORDS}` };
  if (name === "inset" && title !== "") {
    return { kind: "invalid", message: "'::: inset' takes no heading: put all its text on the lines below it" };
  }
  if (name === "details" && title === "") {
    return {
      kind: "invalid",
      message:
        "add the summary readers click to open it after '::: details', such as '::: details How we use your information'",
    };
  }
  return { kind: "open", name, title };
}
