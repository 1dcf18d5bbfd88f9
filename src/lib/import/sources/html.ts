/**
 * A saved portal page (.html/.htm) as the plain text the parser reads: the
 * article only, a line per paragraph, its headline first, plus the page's
 * 政府信息公开 metadata (disclosure.ts).
 *
 * The article is found the way reading-mode tools find it, never by one
 * portal's markup: every paragraph of prose (a <p>, or a block without
 * blocks inside, that is not mostly links) adds its length to the block
 * that holds it and half to the block above; the block with the most wins,
 * weighed by its class and id (article, content, TRS_Editor, zoom … count
 * for it; nav, footer, share, breadcrumb … against it) and by whether it
 * lies in the page's <nav>, <header>, <footer> or <aside>. Inside the
 * article, scripts, forms' controls, hidden elements and blocks of portal
 * chrome (分享到, 打印本页, 上一篇/下一篇, 主办单位, 网站标识码…) are left
 * out. The headline is the nearest heading before the article that the
 * page's own title names. Text is taken as a browser shows it
 * (hast-util-to-text: the innerText algorithm), so a <br> ends a line.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { Disclosure } from '../../../schemas/report.ts';
import { isPortal } from '../lines.ts';
import { readDisclosure } from './disclosure.ts';
import { decodePage, type DecodedPage } from './html-encoding.ts';

export interface PageText {
  /** The article's text, a line per paragraph, its headline first. */
  text: string;
  /** Text inside the article element left out: hidden from readers, or the portal's tool bars and footer. */
  left: string[];
  /** The headline added before the article's own lines, when the article does not start with it. */
  headline: string | undefined;
  disclosure: Disclosure;
  decoded: Omit<DecodedPage, 'text'>;
}

/** Elements that never hold the article's text. */
const NEVER = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'map',
  'button',
  'select',
  'input',
  'textarea',
  'head',
]);
/** The page's own regions around the content. */
const REGIONS = new Set(['nav', 'header', 'footer', 'aside']);
/** Inline elements: a paragraph inside them belongs to the block around them. */
const INLINE = new Set([
  'a',
  'span',
  'font',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'small',
  'big',
  'sub',
  'sup',
  'label',
  'abbr',
  'code',
  's',
  'strike',
  'ins',
  'mark',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'td',
  'th',
  'li',
  'dd',
  'dt',
  'blockquote',
  'center',
  'table',
  'tbody',
  'tr',
  'ul',
  'ol',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'form',
  'body',
  'html',
]);

const FOR = /article|content|TRS_|zoom|detail|view|text|zhengwen|\bzw\b|wzxq|news_?con|con_?text|pages?_content|art_con|main/i;
const AGAINST =
  /nav|menu|foot|header|banner|bread|crumb|location|position|weizhi|dqwz|share|fenxiang|print|copyright|side|related|xgxx|xgwz|link|comment|pager|prev|next|bottom|toolbar|tools|search|login/i;

/** Portal chrome as a block's whole text (beyond what lines.ts knows as portal lines): the site's footer and tool bars. */
const FOOTER =
  /^(?:主办单位|承办单位|主办|承办|网站标识码|网站识别码|ICP|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP备|公安机关备案号|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]公网安备|版权所有|Copyright|技术支持|联系我们|网站地图|网站声明|隐私声明|加入收藏|设为首页|【\s*(?:打印|关闭|字体|字号|大|中|小)|\[\s*(?:打印|关闭))/i;

const hint = (el: Element) => `${String(el.properties['id'] ?? '')} ${[el.properties['className'] ?? []].flat().join(' ')}`;

function hidden(el: Element): boolean {
  if (el.properties['hidden'] !== undefined && el.properties['hidden'] !== false) return true;
  // An inline style declaration list (CSS, not markup).
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(String(el.properties['style'] ?? ''));
}

/** Collapsed text, as shown. */
const shown = (n: Nodes) => toText(n).replace(/\s+/g, ' ').trim();

/** Length of the text inside links, for link density. */
function linkText(n: Nodes): number {
  if (n.type === 'element' && n.tagName === 'a') return shown(n).length;
  return 'children' in n ? n.children.reduce((s, c) => s + linkText(c as Nodes), 0) : 0;
}

const hasBlock = (el: Element): boolean => el.children.some((c) => c.type === 'element' && (BLOCKS.has(c.tagName) || hasBlock(c)));

/** Finds the element holding the article. */
export function findArticle(tree: Root): Element | undefined {
  const parent = new Map<Nodes, Element | Root>();
  const order = new Map<Element, number>();
  const score = new Map<Element, number>();
  const units: Element[] = [];
  const walk = (n: Element | Root) => {
    for (const c of n.children) {
      if (c.type !== 'element') continue;
      if (NEVER.has(c.tagName) || hidden(c)) continue;
      parent.set(c, n);
      order.set(c, order.size);
      if (c.tagName === 'p' || (BLOCKS.has(c.tagName) && !INLINE.has(c.tagName) && !hasBlock(c))) units.push(c);
      walk(c);
    }
  };
  walk(tree);
  const blockAbove = (n: Nodes): Element | undefined => {
    let p = parent.get(n);
    while (p && p.type === 'element' && INLINE.has(p.tagName)) p = parent.get(p);
    return p?.type === 'element' ? p : undefined;
  };
  for (const u of units) {
    const text = shown(u);
    if (text.length < 10 || linkText(u) > text.length / 2) continue;
    const add = (el: Element | undefined, w: number) => el && score.set(el, (score.get(el) ?? 0) + w);
    const above = blockAbove(u);
    add(above, text.length);
    add(above && blockAbove(above), text.length / 2);
    // A block of lines separated by <br> is an article of its own.
    if (u.tagName !== 'p' && u.children.filter((c) => c.type === 'element' && c.tagName === 'br').length >= 2) add(u, text.length);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of score) {
    let weight = 1;
    const h = hint(el);
    if (FOR.test(h) && !AGAINST.test(h)) weight *= 1.25;
    if (AGAINST.test(h) && !FOR.test(h)) weight *= 0.25;
    for (let p: Element | Root | undefined = el; p && p.type === 'element'; p = parent.get(p)) if (REGIONS.has(p.tagName)) weight *= 0.25;
    if (s * weight > bestScore) [best, bestScore] = [el, s * weight];
  }
  return best;
}

/** Han characters, CJK and full-width punctuation, and the curly quotes of Chinese text: characters between which a line break of the markup shows as nothing. */
const WIDE = '[\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u201C\\u201D\\u2018\\u2019\\u2026\\u2014]';
/**
 * A line break in the page's source between two Chinese characters is not a
 * space to a Chinese reader: CSS Text 3 (segment break transformation) removes
 * it there, where the innerText algorithm alone would show a space.
 */
const SEGMENT_BREAK = new RegExp(`(?<=${WIDE})[ \\t\\f\\r]*\\n[ \\t\\f\\r\\n]*(?=${WIDE})`, 'gu');

/** The article without what is not its text. */
function cleaned(el: Element, left: string[]): Element {
  const keep = (c: ElementContent): boolean => {
    if (c.type !== 'element') return c.type === 'text';
    if (NEVER.has(c.tagName)) return false;
    // Text a reader of the page never saw, or the portal's own blocks: left out, and said (nothing goes silently).
    const text = shown(c);
    const drop =
      REGIONS.has(c.tagName) ||
      hidden(c) ||
      (c.tagName !== 'p' && text.length < 300 && (FOOTER.test(text) || (isPortal(text) && !/[。；;]/.test(text))));
    if (drop && text) left.push(text);
    return !drop;
  };
  const copy = (e: Element): Element => ({
    ...e,
    children: e.children
      .filter(keep)
      .map((c) => (c.type === 'element' ? copy(c) : c.type === 'text' ? { ...c, value: c.value.replace(SEGMENT_BREAK, '') } : c)),
  });
  return copy(el);
}

/** The page's titles: <title>, og:title and the ArticleTitle meta portals' content systems write. */
function pageTitles(tree: Root): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element') {
      if (n.tagName === 'title') out.push(shown(n));
      const name = String(n.properties['name'] ?? n.properties['property'] ?? '');
      if (n.tagName === 'meta' && /^(?:og:title|ArticleTitle|title)$/i.test(name)) out.push(String(n.properties['content'] ?? '').trim());
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return out.filter((t) => t.length >= 4);
}

/** The nearest heading before the article that the page's title names (or, with no title, the nearest <h1>). */
function headlineBefore(tree: Root, article: Element): string | undefined {
  const titles = pageTitles(tree).map((t) => t.replace(/\s/g, ''));
  let found: string | undefined;
  let done = false;
  const walk = (n: Element | Root, inRegion: boolean) => {
    for (const c of n.children) {
      if (done) return;
      if (c.type !== 'element' || NEVER.has(c.tagName) || hidden(c)) continue;
      if (c === article) {
        done = true;
        return;
      }
      const region = inRegion || c.tagName === 'nav' || c.tagName === 'footer';
      const text = shown(c);
      const squeezed = text.replace(/\s/g, '');
      const headingLike = /^h[1-4]$/.test(c.tagName) || (/title|biaoti|\bbt\b|tit/i.test(hint(c)) && !hasBlock(c));
      if (!region && headingLike && text.length >= 5 && text.length <= 150) {
        if (titles.length > 0 ? titles.some((t) => t.includes(squeezed)) : c.tagName === 'h1') found = text;
      }
      walk(c, region);
    }
  };
  walk(tree, false);
  return found;
}

/** Reads a saved page. */
export function readPage(bytes: Uint8Array): PageText {
  const decoded = decodePage(bytes);
  const tree = fromHtml(decoded.text);
  const article = findArticle(tree);
  const { text: _, ...how } = decoded;
  const disclosure = readDisclosure(tree, article);
  if (!article) return { text: '', left: [], headline: undefined, disclosure, decoded: how };
  const left: string[] = [];
  const lines = toText(cleaned(article, left))
    .split('\n')
    .filter((l) => l.replace(/[ \t]/g, '') !== '');
  const headline = headlineBefore(tree, article);
  const first = (lines[0] ?? '').replace(/[\s\u00a0\u3000]/g, '');
  const add = headline !== undefined && first !== headline.replace(/\s/g, '');
  return {
    text: `${[...(add ? [headline] : []), ...lines].join('\n')}\n`,
    left,
    headline: add ? headline : undefined,
    disclosure,
    decoded: how,
  };
}
