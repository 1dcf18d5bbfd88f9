/**
 * What the print stylesheet needs to print each measure's permalink as text:
 * the page's absolute URL and the label before it, as CSS custom properties
 * (print CSS then writes var(--page-url) attr(data-permalink)).
 */

/** A CSS string literal; the value is written so it can not end the string or the <style> element. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The :root rule for a page: --page-url (absolute, without fragment) and --print-permalink-label. */
export function printPageVars(pageUrl: URL | string, label: string): string {
  const url = new URL(String(pageUrl));
  url.hash = '';
  return `:root{--page-url:${cssString(url.href)};--print-permalink-label:${cssString(label)}}`;
}
