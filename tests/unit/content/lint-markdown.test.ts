/**
 * The content lint reports each mistake in a page's markdown at the line and column the author
 * wrote it, with what to change, like a data error.
 */
import { describe, expect, it } from "vitest";
import { lintMarkdown } from "../../../lib/content/lint-markdown.ts";

const FILE = "site/our-work.md";
/** As if the body started on line 5, after four lines of front matter. */
const lint = (...lines: string[]) =>
  lintMarkdown(lines.join("\n"), FILE, 5).map(
    (error) => `${error.file}:${error.line}:${error.column} ${error.message}`,
  );

const RAW_HTML =
  "raw HTML is not allowed here: use markdown, or ::: inset / ::: warning / ::: details for NHS.UK components";
const LINK_ADDRESS =
  "links must start with https://, http://, mailto:, tel: or /: change this link's address, or for a section of this page use #";

describe("the content lint", () => {
  it("finds nothing wrong with good markdown", () => {
    expect(
      lint(
        "Read [our equality objectives](/objectives/) or the [annual report (PDF, 240 KB)](/files/annual-report.pdf).",
        "",
        "## Who we are",
        "",
        "![Bar chart of staff survey scores by year](/assets/images/survey.png)",
        "",
        "### Our staff",
        "",
        "| Network | Chair |",
        "| --- | --- |",
        "| Race equality | A Person |",
        "",
        "::: inset",
        "Email [equality@example.nhs.uk](mailto:equality@example.nhs.uk) or call [0300 123 4567](tel:+443001234567).",
        ":::",
        "",
        "```",
        "<div>code is shown, not run</div>",
        "```",
      ),
    ).toEqual([]);
  });

  it("reports a raw HTML block at its first line", () => {
    expect(lint("Intro.", "", '<div class="box">', "Text.", "</div>")).toEqual([`${FILE}:7:1 ${RAW_HTML}`]);
  });

  it("reports raw inline HTML once for its paragraph, at its '<'", () => {
    expect(lint("Some <strong>bold</strong> and <em>leaning</em> text.")).toEqual([`${FILE}:5:6 ${RAW_HTML}`]);
  });

  it("reports an HTML comment as raw HTML", () => {
    expect(lint("<!-- a note -->")).toEqual([`${FILE}:5:1 ${RAW_HTML}`]);
  });

  it("reports a javascript: link, at its '['", () => {
    expect(lint("Go [home](javascript:alert(1)) now.")).toEqual([`${FILE}:5:4 ${LINK_ADDRESS}`]);
  });

  it("reports a javascript: link hidden behind an entity", () => {
    expect(lint("Go [home](&#106;avascript:alert(1)) now.")).toEqual([`${FILE}:5:4 ${LINK_ADDRESS}`]);
  });

  it("reports a link to another site without a scheme", () => {
    expect(lint("[Home](//evil.example)")).toEqual([`${FILE}:5:1 ${LINK_ADDRESS}`]);
  });

  it("reports a data: image", () => {
    expect(lint("A chart: ![Bar chart of scores](data:image/png;base64,iVBORw0KGgo=)")).toEqual([
      `${FILE}:5:10 image addresses must start with https://, http:// or /: put the image in the site's folder and use its path, such as /assets/images/chart.png`,
    ]);
  });

  it("reports an image without alt text", () => {
    expect(lint("Line one.", "![](/assets/images/chart.png)")).toEqual([
      `${FILE}:6:1 this image has no alt text: describe what it shows between the [ ], such as ![Bar chart of staff survey scores by year](...)`,
    ]);
  });

  it.each(["IMG_1234.jpg", "chart.png", "chart"])("reports the file name '%s' used as alt text", (alt) => {
    expect(lint(`![${alt}](/assets/images/chart.png)`)).toEqual([
      `${FILE}:5:1 the alt text '${alt}' is a file name: describe what the image shows instead`,
    ]);
  });

  it("reports a link with no text", () => {
    expect(lint("See [](/objectives/).")).toEqual([
      `${FILE}:5:5 this link has no text: write where it goes between the [ ]`,
    ]);
  });

  it.each(["click here", "Here", "Read more.", "more", "this link", "LINK", "this page", " Click  here! "])(
    "reports the vague link text '%s'",
    (text) => {
      expect(lint(`For our objectives [${text}](/objectives/)`)).toEqual([
        `${FILE}:5:20 the link text '${text.trim()}' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)`,
      ]);
    },
  );

  it("reports a web address used as link text, including an autolink", () => {
    const message =
      "the link text is a web address: write the name of the page or organisation instead, such as [Healthwatch](https://www.healthwatch.co.uk/)";
    expect(
      lint("[https://www.healthwatch.co.uk](https://www.healthwatch.co.uk/)", "", "<https://www.nhs.uk/>"),
    ).toEqual([`${FILE}:5:1 ${message}`, `${FILE}:7:1 ${message}`]);
  });

  it.each([
    ["/files/report.pdf", "PDF"],
    ["/files/report.DOCX", "Word"],
    ["https://example.org/data.xlsx?download=1", "Excel"],
    ["/files/slides.pptx", "PowerPoint"],
    ["/files/data.csv", "CSV"],
  ])("reports a link to %s that does not say it is a %s file or how big it is", (href, format) => {
    expect(lint(`- Our [annual report](${href})`)).toEqual([
      `${FILE}:5:7 this link opens a ${format} file: say its format and size at the end of the link text, such as '(${format}, 240 KB)'`,
    ]);
  });

  it("accepts a document link that gives its format and size", () => {
    expect(lint("[Annual report (Word document, 1.2 MB)](/files/report.docx)")).toEqual([]);
  });

  it("reports a heading that skips a level", () => {
    expect(lint("## Our work", "", "#### Staff")).toEqual([
      `${FILE}:7:1 this heading skips a level ('####' after '##'): use '### ' here, or add the missing heading above`,
    ]);
  });

  it("reports a first heading below ## as skipping a level, since the title is the h1", () => {
    expect(lint("### Staff")).toEqual([
      `${FILE}:5:1 this heading skips a level ('###' after the page title): use '## ' here, or add the missing heading above`,
    ]);
  });

  it("reports a # heading as a second h1", () => {
    expect(lint("Intro.", "", "# Our work")).toEqual([
      `${FILE}:7:1 this is a second h1: the page title is the h1, so start headings at '## '`,
    ]);
  });

  it("reports a table whose header row is empty", () => {
    expect(lint("## Scores", "", "|   |   |", "| --- | --- |", "| 1A | 2 |")).toEqual([
      `${FILE}:7:1 this table has no header row: write a heading for each column in its first row`,
    ]);
  });

  it("reports a vague link inside a table cell at its column", () => {
    expect(lint("| Policy | Link |", "| --- | --- |", "| Dress code | [here](/policies/) |")).toEqual([
      `${FILE}:7:16 the link text 'here' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)`,
    ]);
  });

  it("reports an unknown ::: component", () => {
    expect(lint("Intro.", "", "::: danger", "Text.", ":::")).toEqual([
      `${FILE}:7:1 unknown component '::: danger': use ::: inset, ::: warning or ::: details`,
    ]);
  });

  it("reports a component with no closing :::", () => {
    expect(lint("::: inset", "Text.")).toEqual([
      `${FILE}:5:1 '::: inset' has no closing ':::' line: add one on its own line after its text`,
    ]);
  });

  it("reports details without a summary, and inset text given a heading", () => {
    expect(lint("::: details", "Text.", ":::", "", "::: inset Note", "Text.", ":::")).toEqual([
      `${FILE}:5:1 add the summary readers click to open it after '::: details', such as '::: details How we use your information'`,
      `${FILE}:9:1 '::: inset' takes no heading: put all its text on the lines below it`,
    ]);
  });

  it("reports a ::: that closes nothing", () => {
    expect(lint("Text.", "", ":::")).toEqual([
      `${FILE}:7:1 this ':::' closes nothing: remove it, or start the block above with ::: inset, ::: warning or ::: details`,
    ]);
  });

  it("checks the markdown inside a component, at its own lines", () => {
    expect(lint("::: details How we use your information", "Read [more](/privacy/).", ":::")).toEqual([
      `${FILE}:6:6 the link text 'more' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)`,
    ]);
  });

  it("counts lines the same with Windows line endings", () => {
    expect(lint("Intro.\r", "\r", "# Our work\r")).toEqual([
      `${FILE}:7:1 this is a second h1: the page title is the h1, so start headings at '## '`,
    ]);
  });
});
