/**
 * Progress of a long step over the pages (html-validate, then the browser checks), so
 * nobody wonders whether it has stuck: pages done, the rate and the time left, after the step's
 * label. On a terminal it is one line written over as pages finish; in a log (CI, Netlify) it is a
 * line at each tenth of the way, so a 1,000-page step adds ten lines, not a thousand. A step over
 * a few pages finishes before anyone would look, so it says nothing.
 */

/** What each step is called at the start of its progress lines. */
export const PROGRESS_LABELS = {
  htmlValidate: "HTML checks",
  browser: "Browser checks",
} as const;

/** Below this many pages a step reports no progress. */
export const PROGRESS_MIN_PAGES = 50;

export interface ProgressOptions {
  total: number;
  /** A terminal, where the line is rewritten in place; otherwise a log. */
  isTTY: boolean;
  write: (text: string) => void;
  /** Milliseconds, for tests; default performance.now. */
  now?: () => number;
  /** Default: the browser checks' label. */
  label?: string;
}

/** "Browser checks: 120 of 1,000 pages (12%), 3.4 pages a second, about 4 min 19 s left" */
export function progressLine(
  done: number,
  total: number,
  elapsedSeconds: number,
  label: string = PROGRESS_LABELS.browser,
): string {
  const percent = Math.floor((done * 100) / total);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const left = rate > 0 && done < total ? `, about ${duration((total - done) / rate)} left` : "";
  const speed = rate > 0 ? `, ${rate.toFixed(1)} pages a second` : "";
  return `${label}: ${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} pages (${percent}%)${speed}${left}`;
}

function duration(seconds: number): string {
  const whole = Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes} min ${whole % 60} s` : `${whole} s`;
}

/** A function to call as each page is done. */
export function progressReporter({
  total,
  isTTY,
  write,
  now = () => performance.now(),
  label = PROGRESS_LABELS.browser,
}: ProgressOptions): () => void {
  if (total < PROGRESS_MIN_PAGES) return () => undefined;
  const started = now();
  let done = 0;
  let tenthsShown = 0;
  return () => {
    // A step that meets more pages than it was told of has already said it finished.
    if (done >= total) return;
    done += 1;
    const line = progressLine(done, total, (now() - started) / 1000, label);
    if (isTTY) {
      write(`\r${line}\u001b[K${done === total ? "\n" : ""}`);
      return;
    }
    const tenths = Math.floor((done * 10) / total);
    if (tenths > tenthsShown) {
      tenthsShown = tenths;
      write(`${line}\n`);
    }
  };
}

/** A reporter writing to this process's standard output: a terminal's rewritten line, or a log's. */
export function stdoutProgress(total: number, label: string): () => void {
  return progressReporter({
    total,
    label,
    isTTY: process.stdout.isTTY === true,
    write: (text) => process.stdout.write(text),
  });
}
