import { describe, expect, it } from 'vitest';
import { decodeQr as decode } from '../helpers/qr.ts';
import { QUIET_ZONE, qrSvg } from '../../src/lib/qr/svg.ts';

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
