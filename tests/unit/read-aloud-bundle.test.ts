import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAloudScript } from '../../src/lib/reading/bundle.ts';

describe('the committed 朗读 bundle', () => {
  it('is exactly the bundle of read-aloud.client.ts and what it imports, dictionary included', () => {
    const fresh = readAloudScript();
    const committed = readFileSync('src/lib/reading/read-aloud.min.js', 'utf8');
    expect(committed, 'read-aloud.min.js differs from its sources: run `node scripts/reading-script.ts`').toBe(
      fresh.endsWith('\n') ? fresh : `${fresh}\n`,
    );
  });
});
