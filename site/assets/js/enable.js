// Runs first thing in <body>: lets GOV.UK Frontend's styles know JavaScript is available.
// A file, not an inline script, so the site works under a strict Content-Security-Policy.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
