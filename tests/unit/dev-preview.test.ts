import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, it, vi } from 'vitest';
import { contentErrorPage } from '../../src/lib/dev/error-page.ts';
import { createPreviewGate, gatedRequest, STORE_WAIT_LIMIT_MS, verdictState } from '../../src/lib/dev/preview-gate.ts';
import { latestVerdict, postVerdict } from '../../src/lib/dev/verdict.ts';
import { PREVIEW_SCRIPT, PREVIEW_STATE_HEADER } from '../../src/lib/dev/preview-client.ts';
import { hashSource } from '../../src/lib/security/csp.ts';
import type { Issue } from '../../src/lib/issues.ts';

const SECTION = 'content/reports/2024-05-06-moumou/sections/03-某某问题整改不到位.mdx';
const ISSUES: Issue[] = [
  { file: SECTION, line: 2, path: ['number'], message: '应为正整数，实为 "x" / expected a whole number from 1, found "x"' },
  {
    file: 'content/reports/2024-05-06-moumou/report.yaml',
    line: 5,
    field: 'YAML',
    message: 'YAML 语法错误：第5行的全角冒号“：”应改为半角冒号“:”并在其后加一个空格。',
  },
];
/** The elements named `tag` (and, when given, having every class of `classes`). */
function all(tree: Root, tag: string, classes: string[] = []): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    const own = (el.properties['className'] as string[] | undefined) ?? [];
    if (el.tagName === tag && classes.every((c) => own.includes(c))) found.push(el);
  });
  return found;
}
const items = (tree: Root) =>
  all(tree, 'ol', ['content-errors']).flatMap((ol) => ol.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li'));

const page = (issues: readonly Issue[] = ISSUES, max?: number) =>
  contentErrorPage({
    issues,
    siteName: '某某县委整改情况公开',
    home: '/',
    css: 'body{color:#1a1a1a}',
    script: '/__xszg/preview.js',
    poll: '/__xszg/preview-state.txt',
    state: 'abc123',
    ...(max ? { max } : {}),
  });

describe("the preview's error page", () => {
  it('names each file, its line, its field and the message, in Chinese, without an English frame', () => {
    const tree = fromHtml(page());
    const text = toText(tree);
    expect(all(tree, 'html')[0]?.properties['lang']).toBe('zh-CN');
    expect(text).toContain(`${SECTION}:2`);
    expect(text).toContain('第2行');
    expect(text).toContain('字段：number');
    expect(text).toContain('应为正整数，实为 "x"');
    expect(text).toContain('content/reports/2024-05-06-moumou/report.yaml:5');
    expect(text).toContain('下面2处需要修改');
    expect(text).not.toContain('An error occurred');
    expect(text).not.toMatch(/Stack|at \w+ \(/);
    expect(items(tree)).toHaveLength(2);
  });

  it("escapes what editors wrote: a message holding markup is shown as text, never becomes the page's", () => {
    const html = page([
      { file: SECTION, line: 9, field: '正文 / body', message: '实为 <script>alert(1)</script><img src=x onerror=alert(2)>' },
    ]);
    const tree = fromHtml(html);
    expect(all(tree, 'script').map((s) => s.properties['src'])).toEqual(['/__xszg/preview.js']);
    expect(all(tree, 'img')).toEqual([]);
    expect(toText(tree)).toContain('<script>alert(1)</script>');
  });

  it("carries a policy that allows its own inline style by hash and scripts only from the site (the dev server's client)", () => {
    const tree = fromHtml(page());
    const policy = String(all(tree, 'meta').find((m) => m.properties['httpEquiv'])?.properties['content']);
    const styleEl = all(tree, 'style')[0];
    const style = styleEl ? styleEl.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : '';
    expect(style).toContain('body{color:#1a1a1a}');
    expect(policy).toContain(`style-src 'self' ${hashSource(style)}`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('lists at most `max` errors and says how many more there are', () => {
    const many = Array.from({ length: 5 }, (_, i): Issue => ({ file: SECTION, line: i + 2, field: 'YAML', message: `第${i + 2}行` }));
    const tree = fromHtml(page(many, 3));
    expect(items(tree)).toHaveLength(3);
    expect(toText(tree)).toContain('另有2处未列出');
  });
});

describe("the preview's content gate", () => {
  const A = ISSUES.slice(0, 1);
  const B = ISSUES.slice(1);
  const at = (errors: readonly Issue[], postedAt: number) => ({ errors, postedAt });

  it('answers with the latest verdict the content loaders posted, and lets everything through before the first', () => {
    let latest: ReturnType<typeof at> | undefined;
    const gate = createPreviewGate(() => latest);
    expect(gate.errors()).toEqual([]);
    expect(gate.state()).toBe('ok');
    latest = at(A, 1);
    expect(gate.errors()).toEqual(A);
    expect(gate.state()).toBe(verdictState(A));
    latest = at(B, 2);
    expect(gate.errors()).toEqual(B);
  });

  it('keeps showing the errors after a fix until Astro has written its content store (pages read it), then lets the site through', () => {
    let latest = at(A, 1000);
    let written = 900;
    let clock = 1000;
    const gate = createPreviewGate(
      () => latest,
      () => written,
      () => clock,
    );
    expect(gate.errors()).toEqual(A);
    latest = at([], 2000);
    clock = 2100;
    expect(gate.errors()).toEqual(A);
    expect(gate.state()).toBe(verdictState(A));
    written = 2600;
    expect(gate.errors()).toEqual([]);
    expect(gate.state()).toBe('ok');
  });

  it('lets a fix through after a while even if the store is never written, and at once when there is no store to wait for', () => {
    let clock = 2000;
    let latest = at(A, 1000);
    const stuck = createPreviewGate(
      () => latest,
      () => 500,
      () => clock,
    );
    stuck.errors();
    latest = at([], 2000);
    expect(stuck.errors()).toEqual(A);
    clock = 2000 + STORE_WAIT_LIMIT_MS;
    expect(stuck.errors()).toEqual([]);
    let l2 = at(A, 1);
    const none = createPreviewGate(() => l2);
    none.errors();
    l2 = at([], 2);
    expect(none.errors()).toEqual([]);
  });

  it('names a verdict by its errors: equal errors, equal names (so an open page does not reload for the same mistake); none, "ok"', () => {
    expect(verdictState([])).toBe('ok');
    expect(verdictState(A)).toBe(verdictState([...A]));
    expect(verdictState(A)).not.toBe(verdictState(B));
    expect(verdictState(A)).not.toBe(verdictState([...A, ...B]));
  });

  it('reads the verdict the loaders post, whichever copy of the module each holds', async () => {
    vi.resetModules();
    const copy = await import('../../src/lib/dev/verdict.ts');
    expect(copy.postVerdict).not.toBe(postVerdict);
    postVerdict(B, 7);
    expect(copy.latestVerdict()).toEqual({ errors: B, postedAt: 7 });
    copy.postVerdict([]);
    expect(latestVerdict()?.errors).toEqual([]);
  });
});

describe("the error page's script", () => {
  it('asks the address and compares with the verdict the page carries, reloading when they differ', () => {
    expect(PREVIEW_SCRIPT).toContain('root.dataset.previewPoll');
    expect(PREVIEW_SCRIPT).toContain('root.dataset.previewState');
    expect(PREVIEW_SCRIPT).toContain('location.reload()');
    // The error page asks for itself and tells its own answer by this header, not by the status alone.
    expect(PREVIEW_SCRIPT).toContain(`r.headers.get('${PREVIEW_STATE_HEADER}')`);
    const tree = fromHtml(page());
    expect(all(tree, 'html')[0]?.properties).toMatchObject({ dataPreviewPoll: '/__xszg/preview-state.txt', dataPreviewState: 'abc123' });
  });
});

describe('which requests the gate answers while the content has errors', () => {
  const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  it('answers a browser asking for a page, at any address of the site, with the error page', () => {
    expect(gatedRequest('GET', '/', html)).toBe('page');
    expect(gatedRequest('GET', '/2024-05-06-moumou/sections/03/', html)).toBe('page');
    expect(gatedRequest('HEAD', '/search/?q=整改', html)).toBe('page');
  });
  it('answers anything else of the site (which the 404 page would build from the content) with a short refusal', () => {
    expect(gatedRequest('GET', '/favicon.ico', 'image/avif,image/webp,*/*')).toBe('file');
    expect(gatedRequest('GET', '/2024-05-06-moumou/source.txt', '*/*')).toBe('file');
  });
  it("leaves the dev server's own requests, modules, styles, packages and other methods alone", () => {
    expect(gatedRequest('GET', '/@vite/client', html)).toBeNull();
    expect(gatedRequest('GET', '/__xszg/preview-state.txt', '*/*')).toBeNull();
    expect(gatedRequest('GET', '/src/styles/global.css', html)).toBeNull();
    expect(gatedRequest('GET', '/node_modules/.vite/deps/x.js', html)).toBeNull();
    expect(gatedRequest('POST', '/', html)).toBeNull();
  });
});
