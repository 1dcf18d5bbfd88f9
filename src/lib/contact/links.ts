/** Links for the printed contact details. */

/** tel: URL in international form: 0523-88101627 → tel:+86-523-88101627. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d-]/g, '');
  const m = /^0(\d{2,3})-?(\d{7,8})$/.exec(digits);
  return m ? `tel:+86-${m[1]}-${m[2]}` : `tel:${digits}`;
}

/**
 * Percent-encodes a mailto: header value as UTF-8. A lone surrogate (half an
 * emoji, say, left by a cut) becomes U+FFFD instead of making
 * encodeURIComponent throw.
 */
export function encodeMailtoValue(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/**
 * mailto: URL with a percent-encoded UTF-8 subject (and body, if given).
 * Line breaks in the body become CRLF, as RFC 6068 asks.
 */
export function mailtoHref(email: string, subject: string, body?: string): string {
  const params = [`subject=${encodeMailtoValue(subject)}`];
  if (body !== undefined) params.push(`body=${encodeMailtoValue(body.replace(/\r\n|\r|\n/g, '\r\n'))}`);
  return `mailto:${email}?${params.join('&')}`;
}

export interface TextPiece {
  text: string;
  href?: string;
}

/**
 * Splits a printed paragraph into pieces so the phone number and email can be
 * links while the text stays exactly as printed.
 */
export function linkify(printed: string, links: ReadonlyArray<{ text: string; href: string }>): TextPiece[] {
  let pieces: TextPiece[] = [{ text: printed }];
  for (const link of links) {
    pieces = pieces.flatMap((p) => {
      if (p.href !== undefined || !p.text.includes(link.text)) return [p];
      const i = p.text.indexOf(link.text);
      const out: TextPiece[] = [];
      if (i > 0) out.push({ text: p.text.slice(0, i) });
      out.push({ text: link.text, href: link.href });
      const rest = p.text.slice(i + link.text.length);
      if (rest) out.push({ text: rest });
      return out;
    });
  }
  return pieces;
}
