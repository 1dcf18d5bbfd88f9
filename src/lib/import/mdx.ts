/**
 * Turns a verbatim paragraph into MDX source that renders back to exactly the
 * same text: characters MDX or Markdown would treat as syntax are escaped,
 * and so is an & that would start a character reference (&amp; stays &amp;).
 */

const INLINE = /[\\`*_{}[\]<>|~]|&(?=#?[A-Za-z0-9]+;)/g;
const LINE_START = /^(#|>|[-+=]|\d{1,9}[.)])/;

/** Escapes one paragraph of plain text for an MDX body. */
export function escapeMdx(text: string): string {
  const escaped = text.replace(INLINE, (c) => `\\${c}`);
  // A paragraph starting "import" or "export" would be read as code: its first letter becomes a character reference, which MDX reads back as the letter.
  const notEsm = escaped.replace(/^(i)(?=mport\b)|^(e)(?=xport\b)/, (c) => `&#${c.charCodeAt(0)};`);
  return notEsm.replace(LINE_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/** Escapes a sub-problem heading's text for a `### ` line: as a paragraph, and a closing run of # kept as text. */
export function escapeHeading(text: string): string {
  return escapeMdx(text).replace(/#+$/, (m) => m.replace(/#/g, '\\#'));
}
