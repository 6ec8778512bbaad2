/**
 * puppeteer's install step downloads its own Chrome, which cannot be fetched on
 * locked-down CI machines and would make `npm ci` fail. The gate finds a browser
 * itself (see lib/gate/find-browser.ts), so the download is never needed.
 * @type {import("puppeteer").Configuration}
 */
module.exports = {
  skipDownload: true,
};
