import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { QUIET_ZONE, qrSvg } from '../../src/lib/qr/svg.ts';

/** Paints the path's rectangles (M x y h w v1 h-w z) onto an RGBA bitmap, scale pixels a module, and reads it back with a QR decoder. */
function decode(svg: { size: number; path: string }, scale = 4): string | null {
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

describe('qrSvg', () => {
  it('draws a code that a QR reader decodes to the page address', () => {
    const address = 'https://www.example.gov.cn/xszg/2022-12-20-jiangyan/';
    expect(decode(qrSvg(address))).toBe(address);
  });
  it('encodes an address with Chinese in its path as its percent-encoded form, which phones open', () => {
    expect(decode(qrSvg('https://example.gov.cn/巡察/'))).toBe('https://example.gov.cn/%E5%B7%A1%E5%AF%9F/');
  });
  it('leaves the quiet zone blank around the code', () => {
    const svg = qrSvg('https://example.gov.cn/');
    const coords = [...svg.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);
    expect(Math.min(...coords.map(([x]) => x))).toBe(QUIET_ZONE);
    expect(Math.max(...coords.map(([x, , w]) => x + w))).toBe(svg.size - QUIET_ZONE);
    expect(Math.max(...coords.map(([, y]) => y))).toBe(svg.size - QUIET_ZONE - 1);
  });
});
