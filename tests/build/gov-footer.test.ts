import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FOOTER_ENV } from '../setup/build-site.ts';
import { htmlFiles, visibleText } from '../helpers/dist.ts';

/** The visible text of the government footer list on a built page. */
function govFooter(dir: string, file: string): string {
  const html = readFileSync(join(dir, file), 'utf8');
  const list = /<ul class="gov-footer"[^>]*>[\s\S]*?<\/ul>/.exec(html)?.[0];
  return list ? visibleText(list) : '';
}

const LABELS = {
  SITE_SPONSOR: '主办单位',
  SITE_CODE: '网站标识码',
  SITE_ICP: 'ICP备案号',
  SITE_PUBLIC_SECURITY: '公安机关备案号',
} as const;

describe('government footer (政府网站标识)', () => {
  it('shows every item that is set, with its value, on every page', () => {
    const dir = inject('baseSiteDir');
    for (const file of htmlFiles(dir)) {
      const text = govFooter(dir, file);
      for (const [env, label] of Object.entries(LABELS)) {
        expect(text, file).toContain(label);
        expect(text, file).toContain(FOOTER_ENV.base[env as keyof typeof LABELS]);
      }
    }
  });

  it('leaves out the items that are not set', () => {
    const text = govFooter(inject('siteDir'), 'index.html');
    expect(text).toContain(LABELS.SITE_SPONSOR); // the sponsor has a default in site.config.ts
    for (const label of [LABELS.SITE_CODE, LABELS.SITE_ICP, LABELS.SITE_PUBLIC_SECURITY]) expect(text).not.toContain(label);
  });
});
