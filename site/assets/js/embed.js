// The knowledge base's search on another site (an intranet page), shown inline.
//
// The page keeps a plain form that works without this script: it sends the query to the
// knowledge base's own results page. With this script, the form asks the JSON API instead and
// lists the first results under it, each linking to the item's permalink. The API answers a page
// of another origin only when the search server lists that origin (--cors-origin); otherwise the
// browser refuses the answer, and the form is sent as a plain form, so a search always works.
//
//   <form action="https://kb.example.org/search" method="get" role="search" data-kb-embed>
//     … <input name="q" type="search"> …
//   </form>
//   <div id="kb-embed-results"></div>
//   <script src="https://kb.example.org/js/embed.js" defer></script>
(() => {
  const LIMIT = 5;

  const textOf = (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent;

  for (const form of document.querySelectorAll('form[data-kb-embed]')) {
    const input = form.querySelector('input[name="q"]');
    const results = document.getElementById(form.getAttribute('data-kb-results') || 'kb-embed-results');
    if (!input || !results) continue;
    // The site is where the results page is: https://kb.example.org/search -> https://kb.example.org/
    const site = new URL('.', new URL(form.getAttribute('action'), document.baseURI));
    const api = new URL('api/search', site);
    results.setAttribute('aria-live', 'polite');

    form.addEventListener('submit', async (event) => {
      const query = input.value.trim();
      if (!query) return; // the plain form says what an empty search does
      event.preventDefault();
      api.search = new URLSearchParams({ q: query, limit: String(LIMIT) }).toString();
      let answer;
      try {
        const response = await fetch(api, { credentials: 'omit', referrerPolicy: 'no-referrer' });
        if (!response.ok) throw new Error(String(response.status));
        answer = await response.json();
      } catch (e) {
        form.submit(); // not allowed from this origin, or unreachable: the plain form instead
        return;
      }
      results.replaceChildren();
      const heading = document.createElement('p');
      heading.className = 'kb-embed__count';
      heading.textContent = answer.total === 1 ? '1 result' : answer.total + ' results';
      results.appendChild(heading);
      const list = document.createElement('ul');
      list.className = 'kb-embed__results';
      for (const hit of answer.results) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = new URL(hit.url, site).href;
        link.textContent = hit.title;
        item.appendChild(link);
        const snippet = document.createElement('p');
        snippet.textContent = textOf(hit.snippet);
        item.appendChild(snippet);
        list.appendChild(item);
      }
      results.appendChild(list);
      if (answer.total > answer.results.length) {
        const all = document.createElement('a');
        const more = new URL(form.getAttribute('action'), document.baseURI);
        more.search = new URLSearchParams({ q: query }).toString();
        all.href = more.href;
        all.textContent = 'All ' + answer.total + ' results';
        results.appendChild(all);
      }
    });
  }
})();
