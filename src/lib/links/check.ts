/**
 * Internal link checking for a built site: every href/src that points into
 * the site must name a file that exists (a page's folder, with its trailing
 * slash, or a file), stay inside the base path, and its #fragment must be an
 * id on the target page. Pure: the caller reads the files.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

export interface BuiltPage {
  /** Every id (and a[name]) on the page. */
  ids: Set<string>;
  /** Every link and resource reference, as written. */
  refs: string[];
}

export interface BuiltSite {
  /** The configured public origin, e.g. https://www.example.gov.cn */
  siteUrl: string;
  /** The base path, "/" or "/xszg/". */
  base: string;
  /** Every file in the output folder, relative, with forward slashes. */
  files: ReadonlySet<string>;
  /** The HTML files among them, parsed. */
  pages: ReadonlyMap<string, BuiltPage>;
}

export interface BrokenLink {
  page: string;
  ref: string;
  reason: string;
}

const REF_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
  use: ['href', 'xLinkHref'],
  image: ['href', 'xLinkHref'],
};

function stringValue(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.join(' ');
  return null;
}

/** The ids and references of one HTML page. */
export function extractPage(html: string): BuiltPage {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const refs: string[] = [];
  visit(tree, 'element', (el: Element) => {
    const id = stringValue(el.properties['id']);
    if (id) ids.add(id);
    const name = el.tagName === 'a' ? stringValue(el.properties['name']) : null;
    if (name) ids.add(name);
    for (const attr of REF_ATTRIBUTES[el.tagName] ?? []) {
      const raw = el.properties[attr];
      const value = attr === 'srcSet' ? stringValue(raw) : typeof raw === 'string' ? raw : null;
      if (value === null) continue;
      if (attr === 'srcSet')
        refs.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean),
        );
      else refs.push(value);
    }
  });
  return { ids, refs };
}

/** The URL a built file is served at, e.g. sections/06/index.html → https://host/xszg/sections/06/ */
export function fileUrl(file: string, siteUrl: string, base: string): URL {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return new URL(base + path, siteUrl);
}

const NOT_FETCHED = /^(mailto|tel|sms|data|blob|about):/i;

/** Why ref (written on the page at from) does not resolve inside site, or null when it does or is not internal. */
export function checkRef(site: BuiltSite, from: URL, ref: string): string | null {
  if (NOT_FETCHED.test(ref.trim())) return null;
  if (/^javascript:/i.test(ref.trim())) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(ref, from);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== new URL(site.siteUrl).origin) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'bad percent-encoding';
  }
  if (!path.startsWith(site.base)) return `outside the base path ${site.base}`;
  const rel = path.slice(site.base.length);
  let target: string;
  if (rel === '' || rel.endsWith('/')) target = `${rel}index.html`;
  else if (site.files.has(rel)) target = rel;
  else if (site.files.has(`${rel}/index.html`)) return 'a page link needs its trailing slash';
  else return 'no such file';
  if (!site.files.has(target)) return 'no such page';
  const fragment = url.hash.slice(1);
  const page = site.pages.get(target);
  if (fragment && fragment !== 'top' && page) {
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      return 'bad percent-encoding in fragment';
    }
    if (!page.ids.has(id)) return `no element with id "${id}" on ${target}`;
  }
  return null;
}

/** Every broken internal reference on every page of the site. */
export function checkLinks(site: BuiltSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [file, page] of site.pages) {
    const from = fileUrl(file, site.siteUrl, site.base);
    for (const ref of page.refs) {
      const reason = checkRef(site, from, ref);
      if (reason) broken.push({ page: file, ref, reason });
    }
  }
  return broken;
}
