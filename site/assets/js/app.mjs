// Starts the NHS.UK components (header menu, details, and so on). A file, not an inline script,
// so a strict Content-Security-Policy needs no 'unsafe-inline'.
import { initAll } from "./nhsuk-frontend.min.js";

initAll();
