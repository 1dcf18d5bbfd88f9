/**
 * The 政府信息公开 metadata a portal prints around an article (索引号,
 * 发布机构, 发文日期, 成文日期, 文号, 分类, 有效性; 发布时间 on the article's
 * info line) and the page's own address, read from the parsed page.
 *
 * Portals lay the table out in every way — label and value in two cells,
 * in one cell, in list items, several pairs in one line, labels padded with
 * spaces (索 引 号) — so the page's text nodes outside the article are read
 * in document order as one sequence, and a label takes the text after it in
 * its own node, or else the next node. What is found is what the page says;
 * nothing is guessed.
 */
import type { Element, Nodes, Root } from 'hast';
import type { Disclosure } from '../../../schemas/report.ts';

/** Labels as portals print them → the field of report.yaml they fill. The first of each field found wins. */
const LABELS: readonly [string, keyof Disclosure][] = [
  ['信息索引号', 'indexNo'],
  ['索引号', 'indexNo'],
  ['发布机构', 'publisher'],
  ['发文机关', 'publisher'],
  ['发文机构', 'publisher'],
  ['发文单位', 'publisher'],
  ['发布单位', 'publisher'],
  ['发文日期', 'issued'],
  ['成文日期', 'written'],
  ['生成日期', 'written'],
  ['发布日期', 'published'],
  ['发布时间', 'published'],
  ['公开日期', 'published'],
  ['公开时间', 'published'],
  ['发文字号', 'docNo'],
  ['文号', 'docNo'],
  ['主题分类', 'category'],
  ['信息分类', 'category'],
  ['所属分类', 'category'],
  ['分类', 'category'],
  ['有效性', 'validity'],
];
/** Labels that end a value but fill no field. */
const OTHER_LABELS = [
  '体裁分类',
  '组配分类',
  '服务对象分类',
  '公开方式',
  '公开范围',
  '公开时限',
  '来源',
  '信息来源',
  '浏览次数',
  '访问量',
  '点击数',
  '字号',
  '标题',
  '名称',
  '关键词',
  '主题词',
  '内容概述',
  '作者',
  '责任编辑',
];

const ALL = [...LABELS.map(([l]) => l), ...OTHER_LABELS].sort((a, b) => b.length - a.length);
/**
 * A label at the start of a text node or after a space, padded or not (索 引 号, 文　　号), in 【】 or not,
 * followed by its colon — or ending the node, its value then in the next node.
 */
const LABEL_AT = `(?:^|(?<=[\\s|｜]))[【\\[]?(${ALL.map((l) => [...l].join('\\s*')).join('|')})[】\\]]?\\s*(?:[:\\uFF1A]|$)`;
const LABEL = new RegExp(LABEL_AT, 'g');
const STARTS_WITH_LABEL = new RegExp(`^${LABEL_AT}`);

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'select', 'option', 'button', 'textarea']);

/** The page's text nodes in document order, outside `except` and outside scripts and styles, each with spaces normalised. */
function textNodes(tree: Root, except: Element | undefined): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n === except) return;
    if (n.type === 'text') {
      const t = n.value.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      if (t) out.push(t);
    } else if (n.type === 'element' && SKIP.has(n.tagName)) return;
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  return out;
}

/** "2023年8月20日 10:30" → 2023-08-20; undefined when the value is no date. */
export function isoDay(value: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (!m) return undefined;
  const iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** A value as kept: spaces collapsed, invisible format characters out, a label's leftover colon gone. */
const tidy = (s: string) =>
  s
    .replace(/[\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[:\uFF1A\s]+|[\s|｜]+$/g, '')
    .trim();

/** The metadata found outside the article element, by field. */
export function readDisclosure(tree: Root, article: Element | undefined): Disclosure {
  const found: Partial<Record<keyof Disclosure, string>> = {};
  const nodes = textNodes(tree, article);
  nodes.forEach((node, i) => {
    const hits = [...node.matchAll(LABEL)];
    hits.forEach((hit, j) => {
      const label = (hit[1] ?? '').replace(/\s/g, '');
      const field = LABELS.find(([l]) => l === label)?.[1];
      if (!field || found[field] !== undefined) return;
      let value = tidy(node.slice((hit.index ?? 0) + hit[0].length, hits[j + 1]?.index ?? node.length));
      // Nothing after the label in its own node: the value is the next node, unless that is a label too.
      const next = nodes[i + 1];
      if (value === '' && j === hits.length - 1 && next !== undefined && !STARTS_WITH_LABEL.test(next)) value = tidy(next);
      if (value === '' || value.length > 120) return;
      found[field] = value;
    });
  });
  const out: Disclosure = {};
  // In the schema's order, whatever order the page prints them in.
  const order: (keyof Disclosure)[] = ['indexNo', 'publisher', 'issued', 'written', 'published', 'docNo', 'category', 'validity'];
  for (const key of order) {
    const value = found[key];
    if (value === undefined) continue;
    if (key === 'issued' || key === 'written' || key === 'published') {
      const day = isoDay(value);
      if (day) out[key] = day;
    } else out[key] = value;
  }
  const url = pageAddress(tree);
  if (url) out.url = url;
  return out;
}

/** The page's own address: <link rel="canonical">, og:url, or the "saved from url=" note browsers write into a saved page; http(s) only. */
function pageAddress(tree: Root): string | undefined {
  let found: string | undefined;
  let saved: string | undefined;
  const walk = (n: Nodes) => {
    if (found) return;
    if (n.type === 'comment') saved ??= /saved from url=\(\d+\)(\S+)/.exec(n.value)?.[1];
    if (n.type === 'element') {
      const rel = n.properties['rel'];
      if (n.tagName === 'link' && Array.isArray(rel) && rel.map(String).includes('canonical')) found = String(n.properties['href'] ?? '');
      if (n.tagName === 'meta' && n.properties['property'] === 'og:url') found = String(n.properties['content'] ?? '');
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(tree);
  for (const candidate of [found, saved]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not an address
    }
  }
  return undefined;
}
