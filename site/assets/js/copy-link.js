// Copy a link: beside each item's "Link to this …" permalink, a button that copies the item's
// full address in one click and says so to screen readers through a polite live region.
// Without JavaScript, or where the browser offers no clipboard (a page served over plain http
// from another host), there is no button and the permalink itself is the link to copy.
const permalinks = document.querySelectorAll('a.kb-item__permalink');
if (permalinks.length > 0 && navigator.clipboard && window.isSecureContext) {
  // One live region for the page, present before anything is announced in it.
  const status = document.createElement('div');
  status.className = 'govuk-visually-hidden kb-copy-link__status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.body.appendChild(status);

  const announce = (message) => {
    // Emptied first, so copying the same link twice is announced twice.
    status.textContent = '';
    window.setTimeout(() => { status.textContent = message; }, 50);
  };

  for (const link of permalinks) {
    const item = link.closest('[id]');
    if (!item) continue;
    const title = item.getAttribute('data-kb-title') || item.id;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'kb-copy-link';
    button.textContent = 'Copy link';
    const hidden = document.createElement('span');
    hidden.className = 'govuk-visually-hidden';
    hidden.textContent = ': ' + title;
    button.appendChild(hidden);
    button.addEventListener('click', () => {
      const url = new URL('#' + item.id, window.location.href).href;
      navigator.clipboard.writeText(url).then(
        () => {
          button.firstChild.textContent = 'Link copied';
          announce('Link copied: ' + title);
          window.setTimeout(() => { button.firstChild.textContent = 'Copy link'; }, 4000);
        },
        () => announce('Could not copy the link. Copy it from the address of the "Link to" link instead.'));
    });
    link.after(' ', button);
  }
}
