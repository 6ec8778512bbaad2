// Starts the NHS.UK components (header menu, details, and so on). A file, not an inline script,
// so a strict Content-Security-Policy needs no 'unsafe-inline'. Named .js, not .mjs, because
// browsers refuse a module served with the wrong type and not every host knows .mjs.
import { initAll } from "./nhsuk-frontend.min.js";

// nhsuk-frontend's page template adds these classes with an inline script, which a strict
// Content-Security-Policy blocks; without them initAll() does nothing. A module script runs only
// in browsers nhsuk-frontend supports, so adding them here is the same test.
document.body.classList.add("js-enabled", "nhsuk-frontend-supported");

initAll();
