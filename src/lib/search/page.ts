/**
 * The search page's behaviour in the browser: the glue between the form,
 * pagefind.js and the result list. Everything it decides is done by the
 * unit-tested modules it calls (run.ts, view.ts); this file only reads the
 * form and writes elements.
 */
import { joinBase } from '../url/paths.ts';
import { searchSections, type PagefindApi } from './run.ts';
import { capQuery, readSearchParams, resultView, searchParamsFor, statusText, type ResultView } from './view.ts';
import { translator } from './strings.ts';

interface PagefindModule extends PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = el(doc, 'a', null, text);
  a.href = href;
  return a;
}

function resultItem(doc: Document, view: ResultView): HTMLLIElement {
  const hits = el(
    doc,
    'ul',
    'search-hits',
    ...view.hits.map((h) => el(doc, 'li', 'search-hit', link(doc, h.href, h.label), el(doc, 'p', null, h.before, el(doc, 'mark', null, h.match), h.after))),
  );
  return el(doc, 'li', 'search-result', el(doc, 'h3', null, link(doc, view.href, view.title)), el(doc, 'p', 'search-result__meta', view.meta), hits);
}

/** Wires up the search page in doc; base is the site's base path ("/", "/xszg/"). Strings come from the root's data-strings JSON. */
export function runSearchPage(doc: Document, base: string): void {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const t = translator(JSON.parse(root?.dataset['strings'] ?? '{}') as Record<string, string>);
  const form = doc.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const select = form?.querySelector<HTMLSelectElement>('select[name="theme"]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const results = doc.querySelector<HTMLElement>('[data-search-results]');
  const list = doc.querySelector<HTMLElement>('[data-search-list]');
  const error = doc.querySelector<HTMLElement>('[data-search-error]');
  if (!form || !input || !select || !status || !results || !list || !error) return;
  doc.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');

  let pagefind: Promise<PagefindModule> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js')).then(async (m: PagefindModule) => {
      // A report's few dozen pages are searched in milliseconds on the main
      // thread; without a Web Worker the browser also skips downloading
      // pagefind-worker.js (≈ 12 KB gzip).
      await m.options({ baseUrl: base, noWorker: true });
      return m;
    }));

  let latest = 0;
  const run = async () => {
    const id = ++latest;
    const { query, cut } = capQuery(input.value);
    if (cut) input.value = query;
    const theme = select.value || null;
    error.hidden = true;
    status.textContent = query.trim() ? t('search.loading') : '';
    try {
      const outcome = await searchSections(await load(), query, theme);
      if (id !== latest) return;
      list.replaceChildren(...outcome.results.map((m) => resultItem(doc, resultView(t, m))));
      results.hidden = outcome.results.length === 0;
      status.textContent = statusText(t, outcome, query, theme, cut);
    } catch {
      if (id !== latest) return;
      pagefind = undefined;
      status.textContent = '';
      results.hidden = true;
      error.hidden = false;
    }
  };

  const initial = readSearchParams(doc.location.search);
  input.value = initial.query;
  if (initial.theme && [...select.options].some((o) => o.value === initial.theme)) select.value = initial.theme;

  const submit = () => {
    const url = doc.location.pathname + searchParamsFor(input.value, select.value || null);
    doc.defaultView?.history.replaceState(null, '', url);
    void run();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  select.addEventListener('change', () => {
    if (input.value.trim()) submit();
  });
  if (initial.query.trim()) void run();
}
