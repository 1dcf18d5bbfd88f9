import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAtomically } from '../../src/lib/build/atomic.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup() {
  root = mkdtempSync(join(tmpdir(), 'atomic-'));
  const out = join(root, 'dist');
  mkdirSync(join(out, 'sections'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'old');
  writeFileSync(join(out, 'sections', 'a.html'), 'old a');
  return out;
}
const write = (name: string, text: string) => (tmp: string) => {
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, name), text);
};

describe('buildAtomically', () => {
  it('keeps the old output and removes the half-built folder when a later step fails', async () => {
    const out = setup();
    const steps = [
      { name: 'pages', run: write('index.html', 'new') },
      {
        name: 'index',
        run: () => {
          throw new Error('index failed');
        },
      },
    ];
    await expect(buildAtomically(out, steps)).rejects.toThrow('index failed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readFileSync(join(out, 'sections', 'a.html'), 'utf8')).toBe('old a');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('replaces the whole output when every step succeeds', async () => {
    const out = setup();
    await buildAtomically(out, [{ name: 'pages', run: write('index.html', 'new') }]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'sections'))).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
