// Only in a site built by `kb serve --watch`: reloads this page when the site is rebuilt, by
// asking the server for the build's version twice a second. Stops for good when the server
// does not know the version (a site served without --watch).
const VERSION = '/_kb/version.txt';
let first = null;

async function poll() {
  try {
    const response = await fetch(VERSION, { cache: 'no-store' });
    if (response.status === 404) {
      return;
    }
    if (response.ok) {
      const version = (await response.text()).trim();
      if (first === null) {
        first = version;
      } else if (version !== first) {
        window.location.reload();
        return;
      }
    }
  } catch (e) {
    // The server is restarting: try again.
  }
  window.setTimeout(poll, 500);
}

poll();
