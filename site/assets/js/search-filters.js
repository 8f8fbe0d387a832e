// The results page's filters on a phone: folded behind "Filter results" above the results, so
// the first result is on the first screen. Without JavaScript they stay open after the results.
const filters = document.querySelector(".kb-search-filters");
const list = document.querySelector(".kb-search-results__list");
const narrow = window.matchMedia("(max-width: 40.0525em)");

if (filters && list) {
  const place = () => {
    if (narrow.matches) {
      list.parentNode.insertBefore(filters, list);
      filters.open = false;
    } else {
      filters.open = true;
    }
  };
  place();
  narrow.addEventListener("change", place);
}
