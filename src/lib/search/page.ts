/**
 * The search page's behaviour in the browser: the glue between the form,
 * pagefind.js and the result list. Everything it decides is done by the
 * unit-tested modules it calls (run.ts, view.ts); this file only reads the
 * form and writes elements.
 */
import { joinBase } from '../url/paths.ts';
import { searchPages, type PagefindApi, type PendingPage, type SearchOutcome } from './run.ts';
import { moreText, PAGE_SIZE, readSearchParams, resultView, searchParamsFor, statusText, type ResultView } from './view.ts';
import { translator } from './strings.ts';

interface PagefindModule extends PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string | null,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
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
    ...view.hits.map((h) =>
      el(
        doc,
        'li',
        'search-hit',
        link(doc, h.href, h.label),
        el(doc, 'p', null, ...h.pieces.map((p) => (p.match ? el(doc, 'mark', null, p.text) : p.text))),
      ),
    ),
  );
  return el(
    doc,
    'li',
    'search-result',
    el(doc, 'h3', null, link(doc, view.href, view.title)),
    el(doc, 'p', 'search-result__meta', view.meta),
    hits,
  );
}

/** Wires up the search page in doc; base is the site's base path ("/", "/xszg/"). Strings come from the root's data-strings JSON. */
export function runSearchPage(doc: Document, base: string): void {
  const root = doc.querySelector<HTMLElement>('[data-search-page]');
  const t = translator(JSON.parse(root?.dataset['strings'] ?? '{}') as Record<string, string>);
  const form = doc.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const reportSelect = form?.querySelector<HTMLSelectElement>('select[name="report"]');
  const themeSelect = form?.querySelector<HTMLSelectElement>('select[name="theme"]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const results = doc.querySelector<HTMLElement>('[data-search-results]');
  const list = doc.querySelector<HTMLElement>('[data-search-list]');
  const more = doc.querySelector<HTMLButtonElement>('[data-search-more]');
  const error = doc.querySelector<HTMLElement>('[data-search-error]');
  if (!form || !input || !reportSelect || !status || !results || !list || !more || !error) return;
  // Each result names its report: its title from the report filter's options, by the slug the index holds.
  const titles = new Map([...reportSelect.options].map((o) => [o.value, o.dataset['title'] ?? o.text] as const));
  const reportTitle = (slug: string) => titles.get(slug) ?? slug;
  doc.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');

  let pagefind: Promise<PagefindModule> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ joinBase(base, 'pagefind/pagefind.js')).then(async (m: PagefindModule) => {
      // Searching the index is little work even for thousands of pages, so
      // no Web Worker: the browser then also skips downloading pagefind-worker.js.
      await m.options({ baseUrl: base, noWorker: true });
      return m;
    }));

  const scope = () => ({
    report: reportSelect.value ? (reportSelect.selectedOptions[0]?.dataset['title'] ?? reportSelect.value) : null,
    theme: themeSelect?.value || null,
  });

  let latest = 0;
  let current: { id: number; query: string; outcome: SearchOutcome; pages: PendingPage[]; shown: number } | undefined;

  const fail = (id: number) => {
    if (id !== latest) return;
    pagefind = undefined;
    status.textContent = '';
    results.hidden = true;
    more.hidden = true;
    error.hidden = false;
  };

  /** Loads and appends the next batch of results; returns the first new item. */
  const showMore = async (id: number): Promise<HTMLLIElement | undefined> => {
    if (!current || current.id !== id) return undefined;
    const batch = current.pages.slice(current.shown, current.shown + PAGE_SIZE);
    const matches = await Promise.all(batch.map((p) => p.load()));
    if (id !== latest) return undefined;
    const items = matches.map((m) => resultItem(doc, resultView(t, m)));
    list.append(...items);
    current.shown += items.length;
    const total = current.outcome.kind === 'results' ? current.outcome.total : 0;
    status.textContent = statusText(t, current.outcome, current.query, scope(), current.shown);
    const label = moreText(t, total, current.shown);
    more.hidden = label === null;
    more.textContent = label ?? '';
    return items[0];
  };

  const run = async () => {
    const id = ++latest;
    const query = input.value;
    error.hidden = true;
    status.textContent = query.trim() ? t('search.loading') : '';
    try {
      const outcome = await searchPages(
        await load(),
        query,
        { report: reportSelect.value || null, theme: themeSelect?.value || null },
        reportTitle,
      );
      if (id !== latest) return;
      list.replaceChildren();
      more.hidden = true;
      current = { id, query, outcome, pages: outcome.kind === 'results' ? outcome.pages : [], shown: 0 };
      results.hidden = current.pages.length === 0;
      if (current.pages.length === 0) status.textContent = statusText(t, outcome, query, scope(), 0);
      else await showMore(id);
      // On a phone the form fills the first screen: bring the status line, and the results under it, into view.
      if (id === latest && outcome.kind !== 'empty') status.scrollIntoView({ block: 'start' });
    } catch {
      fail(id);
    }
  };

  const initial = readSearchParams(doc.location.search);
  input.value = initial.query;
  const choose = (select: HTMLSelectElement, value: string | null) => {
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  choose(reportSelect, initial.report);
  if (themeSelect) choose(themeSelect, initial.theme);

  const submit = () => {
    const url =
      doc.location.pathname +
      searchParamsFor({ query: input.value, report: reportSelect.value || null, theme: themeSelect?.value || null });
    doc.defaultView?.history.replaceState(null, '', url);
    void run();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  for (const select of themeSelect ? [reportSelect, themeSelect] : [reportSelect])
    select.addEventListener('change', () => (input.value.trim() ? submit() : undefined));
  more.addEventListener('click', () => {
    const id = latest;
    showMore(id)
      .then((first) => first?.querySelector('a')?.focus())
      .catch(() => fail(id));
  });
  if (initial.query.trim()) void run();
}
