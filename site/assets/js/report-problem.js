// Adds the item a reader is looking at (the #id in the address bar, as a permalink gives it) to
// "Report a problem with this page", so the maintainers know which item is meant. Without
// JavaScript the link still names the page.
const link = document.querySelector('a[data-kb-report]');
if (link) {
  const base = link.getAttribute('href');
  const update = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      link.setAttribute('href', base);
    } else if (link.dataset.kbReport === 'mailto') {
      link.setAttribute('href', base + encodeURIComponent('\nItem: ' + id));
    } else {
      link.setAttribute('href', base + '&item=' + encodeURIComponent(id));
    }
  };
  update();
  window.addEventListener('hashchange', update);
}
