/**
 * The preview's one script (`npm run dev` only; never in a build), on every
 * page of the site and on the error page: it asks the preview for the
 * content's verdict every second and reloads the page when the verdict is
 * no longer the one the page was served with ('ok' on a page of the site,
 * the errors' name on the error page). So a page turns into the error page
 * when a file breaks and back when it is fixed, by itself. Asking, rather
 * than waiting for the dev server's reload message, a page cannot miss a
 * change made while it loaded.
 */

/** Where the preview serves the script and the verdict, after the base path. */
export const PREVIEW_SCRIPT_PATH = '/__xszg/preview.js';
export const PREVIEW_STATE_PATH = '/__xszg/preview-state';

/** The script's text: reads the verdict's address and the page's verdict from <html data-preview-poll / data-preview-state>. */
export const PREVIEW_SCRIPT = `const root = document.documentElement;
const url = root.dataset.previewPoll;
const shown = root.dataset.previewState;
async function poll() {
  try {
    const r = await fetch(url, { cache: 'no-store' });
    if (r.ok && (await r.text()) !== shown) return location.reload();
  } catch {}
  setTimeout(poll, 1000);
}
if (url && shown) setTimeout(poll, 1000);
`;
