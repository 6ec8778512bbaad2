/**
 * Checks on the words of links and images, kept apart from the token walk so each can be tested
 * on its own. Screen reader users often hear links listed out of context, so a link's text has to
 * say where it goes; and a document link has to warn that it opens a file, and how big it is.
 */

/** Link text that says nothing out of context, compared after folding case and punctuation. */
const VAGUE_LINK_TEXT = new Set(["click here", "here", "read more", "more", "this link", "link", "this page"]);

export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXT.has(foldText(text));
}

function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A web address used as a link's text: read out character by character, and says nothing. */
export function isBareAddress(text: string, href: string): boolean {
  const trimmed = text.trim();
  if (/^(?:https?:\/\/|www\.)\S*$/i.test(trimmed)) return true;
  return trimmed === href && !/^(?:mailto|tel):/i.test(href);
}

const DOCUMENT_FORMATS: Record<string, string> = {
  pdf: "PDF",
  doc: "Word",
  docx: "Word",
  xls: "Excel",
  xlsx: "Excel",
  ppt: "PowerPoint",
  pptx: "PowerPoint",
  odt: "OpenDocument text",
  ods: "OpenDocument spreadsheet",
  csv: "CSV",
};

/** The format's name if `href` is a document rather than a web page, such as "PDF". */
export function documentFormat(href: string): string | undefined {
  const pathOnly = href.split(/[?#]/)[0] ?? "";
  const extension = /\.([a-z]+)$/i.exec(pathOnly)?.[1]?.toLowerCase();
  return extension ? DOCUMENT_FORMATS[extension] : undefined;
}

/** "(PDF, 240 KB)", "(Word document, 1.2 MB)": a format, a comma and a size, in brackets. */
export function saysFormatAndSize(text: string): boolean {
  return /\(\s*[^(),]*[a-z][^(),]*,\s*\d+(?:[.,]\d+)?\s*(?:bytes|KB|MB|GB)\s*\)/i.test(text);
}

/** Alt text that is a file name, such as `IMG_1234.jpg` or `chart.png`, or the image's own name. */
export function isFileNameAlt(alt: string, src: string): boolean {
  const trimmed = alt.trim();
  if (/^[^\s/\\]+\.(?:jpe?g|png|gif|svg|webp|avif|bmp|tiff?|heic)$/i.test(trimmed)) return true;
  if (/^(?:IMG|DSC|DSCN|PXL|Screenshot)[_ -]?\d/i.test(trimmed)) return true;
  const fileName = (src.split(/[?#]/)[0] ?? "").split("/").pop() ?? "";
  const stem = fileName.replace(/\.[a-z0-9]+$/i, "");
  return stem !== "" && trimmed.toLowerCase() === stem.toLowerCase() && !/\s/.test(trimmed);
}
