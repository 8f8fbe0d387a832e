// Suggestions as you type in the site's search box: an ARIA 1.2 combobox over /api/suggest.
//
// Progressive enhancement only: without this file the box is a plain form that submits to
// /search, and with it the form still submits exactly as before unless a suggestion is chosen.
// No inline script or style, no third-party code, no cookies; it only talks to its own origin.

const MIN_CHARS = 2;
const DELAY_MS = 150;
const KIND_LABELS = {
  'lesson': 'Lesson',
  'national-action': 'National action',
  'local-suggestion': 'Local suggestion',
  'resource': 'Resource',
  'glossary-entry': 'Glossary entry',
  'reference': 'Reference',
  'page': 'Page',
};

let counter = 0;

/** Turns one search input into a combobox with a list of suggestions under it. */
function enhance(input) {
  const endpoint = input.getAttribute('data-kb-suggest') || '/api/suggest';
  const id = input.id || `kb-search-q-${++counter}`;
  input.id = id;

  const wrapper = document.createElement('div');
  wrapper.className = 'kb-suggest';
  input.parentNode.insertBefore(wrapper, input);
  wrapper.appendChild(input);

  const list = document.createElement('ul');
  list.id = `${id}-suggestions`;
  list.className = 'kb-suggest__list govuk-body';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  list.hidden = true;
  // Its look is in the site's stylesheet (.kb-suggest in templates/scss/site.scss).
  wrapper.appendChild(list);

  const status = document.createElement('div');
  status.className = 'govuk-visually-hidden kb-suggest__status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  wrapper.appendChild(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');

  let options = [];
  let active = -1;
  let timer = 0;
  let pending = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    options.forEach((option, i) => {
      const on = i === index;
      option.setAttribute('aria-selected', on ? 'true' : 'false');
    });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(option) {
    window.location.assign(option.getAttribute('data-href'));
  }

  function render(query, suggestions) {
    list.replaceChildren();
    options = suggestions.map((s, i) => {
      const option = document.createElement('li');
      option.id = `${list.id}-${i}`;
      option.className = 'kb-suggest__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-href', `/${s.url}`);
      const title = document.createElement('span');
      title.className = 'kb-suggest__title govuk-!-font-weight-bold';
      title.textContent = s.title;
      const meta = document.createElement('span');
      meta.className = 'kb-suggest__meta govuk-body-s';
      meta.textContent = [KIND_LABELS[s.type] || s.type, s.themeTitle].filter(Boolean).join(' · ');
      option.append(title, meta);
      // mousedown, not click: the input keeps the focus, so the list is still there to click.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => go(option));
      list.appendChild(option);
      return option;
    });
    active = -1;
    if (options.length === 0) {
      close();
      status.textContent = query.length >= MIN_CHARS ? 'No suggestions.' : '';
      return;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = `${options.length} suggestion${options.length === 1 ? '' : 's'}:`
      + ' use the up and down arrows to choose, Enter to go, or keep typing and press Enter to search.';
  }

  async function fetchSuggestions(query) {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    try {
      const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, {
        signal: pending.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        close();
        return;
      }
      const body = await response.json();
      // An answer for what the box held a while ago is of no use now.
      if (input.value.trim() === query) {
        render(query, Array.isArray(body.suggestions) ? body.suggestions : []);
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        close();
      }
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < MIN_CHARS) {
      if (pending) {
        pending.abort();
      }
      list.replaceChildren();
      options = [];
      close();
      return;
    }
    timer = window.setTimeout(() => fetchSuggestions(query), DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && options.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        if (open) {
          event.preventDefault();
          highlight(active + 1 >= options.length ? 0 : active + 1);
        } else if (options.length > 0) {
          event.preventDefault();
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          highlight(0);
        }
        break;
      case 'ArrowUp':
        if (open) {
          event.preventDefault();
          highlight(active <= 0 ? options.length - 1 : active - 1);
        }
        break;
      case 'Enter':
        // With no suggestion chosen, Enter submits the form as it always did.
        if (open && active >= 0) {
          event.preventDefault();
          go(options[active]);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (input.value) {
          input.value = '';
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', close);
}

function start() {
  document.querySelectorAll('form[role="search"] input[name="q"]').forEach(enhance);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
