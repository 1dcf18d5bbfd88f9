/**
 * The preview's one script (`npm run dev` only; never in a build), on every
 * page of the site and on the error page; it asks every second, and reloads
 * the page when what it shows is out of date:
 * - a page of the site (served while the content passed) asks for the
 *   content's verdict, and reloads when it is no longer 'ok': the page turns
 *   into the error page;
 * - the error page asks for its own address, and reloads when the answer is
 *   no longer this error page (PREVIEW_STATE_HEADER names the errors an
 *   error page shows): another error page, or the site again — but not
 *   while the site still answers with a server error, which it does for a
 *   moment after a fix, until Astro's content store has caught up.
 * Asking, rather than waiting for the dev server's reload message, a page
 * cannot miss a change made while it loaded.
 */

/** Where the preview serves the script and the verdict, after the base path. */
export const PREVIEW_SCRIPT_PATH = '/__xszg/preview.js';
// With a file extension: Astro's dev server refuses any other path without a trailing slash under a base path (trailingSlash: 'always').
export const PREVIEW_STATE_PATH = '/__xszg/preview-state.txt';
/** The response header that names the errors an error page shows (PreviewGate.state). */
export const PREVIEW_STATE_HEADER = 'x-xszg-preview-state';

/** The script's text: reads the verdict's address and the page's verdict from <html data-preview-poll / data-preview-state>. */
export const PREVIEW_SCRIPT = `const root = document.documentElement;
const url = root.dataset.previewPoll;
const shown = root.dataset.previewState;
async function outOfDate() {
  if (shown === 'ok') {
    const r = await fetch(url, { cache: 'no-store' });
    return r.ok && (await r.text()) !== 'ok';
  }
  const r = await fetch(location.href, { cache: 'no-store', headers: { accept: 'text/html' } });
  const state = r.headers.get('${PREVIEW_STATE_HEADER}');
  return state ? state !== shown : r.status < 500;
}
async function poll() {
  try {
    if (await outOfDate()) return location.reload();
  } catch {}
  setTimeout(poll, 1000);
}
if (url && shown) setTimeout(poll, 1000);
`;
