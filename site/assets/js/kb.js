// Starts GOV.UK Frontend's components: the Exit this page button (and its Shift x3 shortcut),
// the skip link and the navigation toggle. Everything works without it.
import { initAll } from './govuk-frontend.min.js';

initAll();

// GOV.UK's Exit this page leaves with `location.href = …`, which keeps this page in the
// browser's history: on a shared computer, Back would bring it straight back. We leave with
// location.replace instead, which takes this page out of the history.
const exitButton = document.querySelector('.govuk-js-exit-this-page-button');
if (exitButton) {
  const leave = () => {
    document.body.classList.add('govuk-exit-this-page-hide-content');
    window.location.replace(exitButton.href);
  };
  // The button: ours runs after GOV.UK's click handler, and the later navigation wins.
  exitButton.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  // Shift x3: GOV.UK counts the presses and lights one indicator per press. On the third
  // (two lights on), leave before its handler can, and keep it from adding a history entry.
  window.addEventListener('keyup', (event) => {
    const lit = document.querySelectorAll('.govuk-exit-this-page__indicator-light--on').length;
    if (event.key === 'Shift' && !event.ctrlKey && !event.altKey && !event.metaKey
        && lit === 2) {
      event.stopImmediatePropagation();
      leave();
    }
  }, true);
}
