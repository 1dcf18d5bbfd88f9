/**
 * The preview's own page while the content has a mistake (`npm run dev`
 * only): in Chinese, the site's header and stylesheet, and for each error
 * its file, line, field and message, exactly as `npm run check:content`
 * gives them. No English framing, no stack, no source code: an editor reads
 * what to change and where. Built as a hast tree, so every file name and
 * message (editors' text) is escaped by hast-util-to-html, never pasted in.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { t } from '../../i18n/zh-CN.ts';
import { formatIssues, issueField, type Issue } from '../issues.ts';
import { contentSecurityPolicy } from '../security/csp.ts';

export interface ErrorPageInput {
  /** The content check's errors, in its order. */
  issues: readonly Issue[];
  /** The site's name, in the header and the title. */
  siteName: string;
  /** The site's home, for the header link (the base path, e.g. / or /xszg/). */
  home: string;
  /** The site's shared stylesheet (src/styles/global.css), inlined and hashed into the page's policy. */
  css: string;
  /** The preview's script (src/lib/dev/preview-client.ts) and the address it asks for the verdict, base path included. */
  script: string;
  poll: string;
  /** The verdict the page shows (PreviewGate.state): the script reloads the page when it changes. */
  state: string;
  /** At most this many errors are listed (default 30), then how many more there are. */
  max?: number;
}

/** The page's own few rules, after the shared stylesheet. */
const PAGE_CSS = `.content-errors{padding-left:1.5rem}.content-errors li{margin:0 0 1.25rem}.content-errors p{margin:0}.content-errors code{font-size:0.95em;overflow-wrap:anywhere}.content-errors__message{font-weight:600}`;

type Child = ElementContent | string;

function el(tagName: string, properties: Properties, children: Child[] = []): Element {
  return { type: 'element', tagName, properties, children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) };
}

function issueItem(i: Issue): Element {
  const where: Child[] = [el('code', {}, [`${i.file}${i.line ? `:${i.line}` : ''}`])];
  if (i.line) where.push(`（${t('dev.errorLine', { line: i.line })}）`);
  return el('li', {}, [
    el('p', {}, where),
    el('p', {}, [t('dev.errorField'), el('code', {}, [issueField(i)])]),
    el('p', { className: ['content-errors__message'] }, [i.message]),
  ]);
}

/** The whole HTML document of the error page. */
export function contentErrorPage(input: ErrorPageInput): string {
  const max = input.max ?? 30;
  const shown = input.issues.slice(0, max);
  const more = input.issues.length - shown.length;
  const css = `${input.css}\n${PAGE_CSS}`;
  const title = t('dev.errorTitle');
  const head = el('head', {}, [
    el('meta', { charSet: 'utf-8' }),
    // The preview's script is a same-origin file and asks the same origin: 'self' covers both.
    el('meta', { httpEquiv: ['Content-Security-Policy'], content: contentSecurityPolicy({ styles: [css] }) }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('title', {}, [`${title} - ${input.siteName}`]),
    el('style', {}, [css]),
    el('script', { type: 'module', src: input.script }),
  ]);
  const body = el('body', {}, [
    el('header', { className: ['site-header'] }, [
      el('div', { className: ['wrap', 'site-header__inner'] }, [
        el('a', { className: ['site-header__title'], href: input.home }, [input.siteName]),
      ]),
    ]),
    el('main', { id: 'main', className: ['wrap'] }, [
      el('h1', {}, [title]),
      el('p', {}, [t('dev.errorLead', { count: input.issues.length })]),
      el('ol', { className: ['content-errors'] }, shown.map(issueItem)),
      ...(more > 0 ? [el('p', {}, [t('dev.errorMore', { count: more })])] : []),
      el('p', {}, [t('dev.errorNote')]),
    ]),
  ]);
  return `<!doctype html>${toHtml(el('html', { lang: 'zh-CN', dataPreviewPoll: input.poll, dataPreviewState: input.state }, [head, body]))}`;
}

/** The same as plain text, for what asks the preview for anything other than a page. */
export function contentErrorText(issues: readonly Issue[]): string {
  return `${t('dev.errorTitle')}\n${formatIssues(issues)}\n`;
}
