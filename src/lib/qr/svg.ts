/**
 * A QR code of a page's address, drawn at build time as one SVG path: no
 * script, no image request, crisp at any zoom and in print. The modules come
 * from qrcode-generator (a maintained, dependency-free encoder); this module
 * only turns its matrix into path data.
 */
import qrcode from 'qrcode-generator';

/** Modules of blank margin around the code, as the QR standard asks (quiet zone). */
export const QUIET_ZONE = 4;

export interface QrSvg {
  /** Width and height of the viewBox in modules, quiet zone included. */
  size: number;
  /** Path data of the dark modules, one rectangle per run of dark modules in a row. */
  path: string;
}

/** The QR code of an address (error correction M, the smallest version that holds it). */
export function qrSvg(address: string): QrSvg {
  // Percent-encoded, so the code holds ASCII only and every reader decodes the same address.
  const data = encodeURI(decodeURI(address));
  const qr = qrcode(0, 'M');
  qr.addData(data, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.isDark(row, col)) col++;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { size: n + 2 * QUIET_ZONE, path: runs.join('') };
}
