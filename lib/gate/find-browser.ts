/**
 * Finding a Chromium or Chrome for the accessibility checks, without ever downloading one during
 * `npm ci` (see .puppeteerrc.cjs). The order, from the most to the least deliberate choice:
 * 1. PUPPETEER_EXECUTABLE_PATH or CHROME_PATH, when set;
 * 2. a system Chromium or Chrome;
 * 3. puppeteer's own browser: one it downloaded earlier, or one it can download now (on a laptop
 *    or Netlify; where downloads are blocked this fails within seconds);
 * 4. on Debian as root, Debian's `chromium` package, installed with apt-get;
 * otherwise one sentence saying what to install.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Flags for a headless browser on a locked-down CI machine; see docs/gate.md. */
export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  // The browser reaches only the gate's own server: every other host (the NHS.UK font on
  // assets.nhs.uk, an image linked from elsewhere) fails at once, unlooked-up. Without this, each
  // failed lookup of assets.nhs.uk on a machine without internet held every tab's load event for
  // about 5 s every few seconds, half the gate's time; and a check must not turn on the network.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  // A reused tab would keep each page it left in the back-forward cache, a renderer apiece: on
  // the 100-page bench hub that was about 300 MB more at the peak, and slower, for pages never
  // gone back to.
  "--disable-features=BackForwardCache",
];

export const SYSTEM_BROWSER_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

export class BrowserNotFoundError extends Error {
  override name = "BrowserNotFoundError";
}

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
  /** The path of puppeteer's own downloaded browser, or undefined where it has none. */
  puppeteerBrowser: () => string | undefined;
  /** Asks puppeteer to download its browser; returns true when it did. */
  downloadWithPuppeteer: () => boolean;
  /** Installs Debian's chromium where that is possible; returns true when it did. */
  installWithApt: () => boolean;
}

/** Returns the path of a browser to run, or throws BrowserNotFoundError with the fix. */
export function findBrowser(search: BrowserSearch = defaultSearch()): string {
  for (const name of ["PUPPETEER_EXECUTABLE_PATH", "CHROME_PATH"] as const) {
    const value = search.env[name];
    if (value) {
      if (!search.exists(value)) {
        throw new BrowserNotFoundError(
          `${name} is set to '${value}', but there is no browser there: correct it or unset it.`,
        );
      }
      return value;
    }
  }
  const system = SYSTEM_BROWSER_PATHS.find((file) => search.exists(file));
  if (system) return system;
  const cached = search.puppeteerBrowser();
  if (cached && search.exists(cached)) return cached;
  if (search.downloadWithPuppeteer()) {
    const downloaded = search.puppeteerBrowser();
    if (downloaded && search.exists(downloaded)) return downloaded;
  }
  if (search.installWithApt()) {
    const installed = SYSTEM_BROWSER_PATHS.find((file) => search.exists(file));
    if (installed) return installed;
  }
  throw new BrowserNotFoundError(
    "No Chromium or Chrome was found for the accessibility checks: install Chromium (on Debian or Ubuntu, `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium executable.",
  );
}

function defaultSearch(): BrowserSearch {
  return {
    env: process.env,
    exists: existsSync,
    puppeteerBrowser: puppeteerCachedBrowser,
    downloadWithPuppeteer: downloadPuppeteerBrowser,
    installWithApt: installDebianChromium,
  };
}

function puppeteerCachedBrowser(): string | undefined {
  try {
    const output = execFileSync(
      process.execPath,
      ["-e", "import('puppeteer').then(p => process.stdout.write(p.default.executablePath()))"],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        timeout: 20_000,
      },
    );
    return output.trim() || undefined;
  } catch {
    return undefined;
  }
}

function downloadPuppeteerBrowser(): boolean {
  try {
    const cli = path.join(path.dirname(require.resolve("puppeteer/package.json")), "lib/cjs/puppeteer/node/cli.js");
    console.log("No browser found for the accessibility checks: trying to download puppeteer's Chrome.");
    execFileSync(process.execPath, [cli, "browsers", "install", "chrome"], {
      stdio: ["ignore", "inherit", "ignore"],
      timeout: 300_000,
    });
    return true;
  } catch {
    return false;
  }
}

/** Only on Debian, only as root, and never where a person might be asked for a password. */
function installDebianChromium(): boolean {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (
    process.platform !== "linux" ||
    !isRoot ||
    !existsSync("/etc/debian_version") ||
    !existsSync("/usr/bin/apt-get")
  ) {
    return false;
  }
  console.log("No browser found for the accessibility checks: installing Debian's chromium with apt-get.");
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    return true;
  } catch {
    return false;
  }
}

/** Such as 'Chromium 131.0.6778.85'; the path where the browser cannot say (a new browser then means a new cache). */
export function browserVersion(browserPath: string): string {
  try {
    // Only the answer is wanted: Debian's launcher script can print shell noise on stderr.
    return execFileSync(browserPath, ["--version"], {
      encoding: "utf8",
      timeout: 10_000,
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return browserPath;
  }
}
