// The results page's filters on a phone: folded behind "Filter results" above the results, so
// the first result is on the first screen. On a wider screen they stand open beside the results;
// without JavaScript they stay open after the results on a phone.
const filters = document.querySelector(".kb-search-filters");
const list = document.querySelector(".kb-search-results__list");
const narrow = window.matchMedia("(max-width: 40.0525em)");

if (filters && list) {
  const side = filters.parentNode;
  const place = () => {
    if (narrow.matches) {
      list.parentNode.insertBefore(filters, list);
      filters.open = false;
    } else {
      side.appendChild(filters);
      filters.open = true;
    }
  };
  place();
  narrow.addEventListener("change", place);
}
