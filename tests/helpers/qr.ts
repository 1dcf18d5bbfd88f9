/** Reads back a QR code drawn by src/lib/qr/svg.ts, with a QR decoder (jsQR), as a phone would. */
import jsQR from 'jsqr';

/** Paints the path's rectangles (M x y h w v1 h-w z) onto an RGBA bitmap, scale pixels a module, and reads it back with a QR decoder. */
export function decodeQr(svg: { size: number; path: string }, scale = 4): string | null {
  const px = svg.size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (const m of svg.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let row = y * scale; row < (y + 1) * scale; row++) {
      for (let col = x * scale; col < (x + w) * scale; col++) data.fill(0, (row * px + col) * 4, (row * px + col) * 4 + 3);
    }
  }
  return jsQR(data, px, px)?.data ?? null;
}
