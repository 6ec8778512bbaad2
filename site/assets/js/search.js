// The search page (site/search.njk). Pagefind's component UI has already started: its script is a
// classic one before this module, and a module runs once the page is parsed. This starts the
// search for the words the header's form sent (?q=…), and hides the note for readers without
// JavaScript, since search works. A file, not an inline script, for the Content-Security-Policy.
const components = window.PagefindComponents;

if (components) {
  const note = document.querySelector(".app-search__no-js");
  if (note) note.hidden = true;

  const query = new URL(window.location.href).searchParams.get("q")?.trim();
  if (query) {
    // Both search boxes show the words searched for: the page's own and the header's.
    for (const input of document.querySelectorAll(".app-search input[type='search'], #search-field")) {
      input.value = query;
    }
    components.getInstanceManager().getInstance("default").triggerSearch(query);
  }
}
