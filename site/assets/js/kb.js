// Starts GOV.UK Frontend's components: the Exit this page button (and its Shift x3 shortcut),
// the skip link and the navigation toggle. Everything works without it.
import { initAll } from './govuk-frontend.min.js';

initAll();
