import { describe, expect, it } from 'vitest';
import { SITE_ENV, siteEnvIssues, siteEnvProblem } from '../../src/lib/config/env.ts';
import { readFileSync } from 'node:fs';

const problem = (env: Record<string, string>) => siteEnvIssues(env).map((i) => [i.file, i.message]);

describe('the site settings from the environment are checked before a build', () => {
  it('accepts good settings and unset ones', () => {
    expect(siteEnvIssues({})).toEqual([]);
    expect(
      siteEnvIssues({
        SITE_BASE: '/xszg/',
        SITE_URL: 'https://www.example.gov.cn',
        SITE_NAME: '中共某某县委整改情况公开',
        SITE_SPONSOR: '中共某某县委办公室',
        SITE_CODE: '3212040001',
        SITE_ICP: '苏ICP备00000000号-1',
        SITE_PUBLIC_SECURITY: '苏公网安备 32120402000000号',
      }),
    ).toEqual([]);
    for (const base of ['', '/', 'xszg', '/a/b-c_d.e~/', 'xszg/']) expect(siteEnvIssues({ SITE_BASE: base }), base).toEqual([]);
    for (const url of ['http://localhost:4321', 'https://www.example.gov.cn/', 'https://10.1.2.3:8443'])
      expect(siteEnvIssues({ SITE_URL: url }), url).toEqual([]);
    // An empty footer item means "not shown" (the test builds set them so).
    expect(siteEnvIssues({ SITE_SPONSOR: '', SITE_ICP: '' })).toEqual([]);
  });

  it.each([
    ['</script><script>alert(1)</script>'],
    ['/xszg/../etc/'],
    ['/a b/'],
    ['/xszg/?q=1'],
    ['//evil.example'],
    ['/x"onload="y/'],
    ['/区委/'],
  ])('refuses SITE_BASE=%j, naming the setting, expected and found', (value) => {
    const [issue] = problem({ SITE_BASE: value });
    expect(issue?.[0]).toBe('SITE_BASE');
    expect(issue?.[1]).toMatch(/^应为网站所在的子路径.*expected the sub-path the site is served under/);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,x'],
    ['ftp://example.gov.cn'],
    ['https://example.gov.cn/xszg/'],
    ['https://user:pw@example.gov.cn'],
    ['https://example.gov.cn/?a=1'],
    ['https://exa mple.gov.cn'],
    ['https://example.gov.cn/"><script>'],
    ['www.example.gov.cn'],
    ['https://'],
  ])('refuses SITE_URL=%j: an http(s) origin only', (value) => {
    const [issue] = problem({ SITE_URL: value });
    expect(issue?.[0]).toBe('SITE_URL');
    expect(issue?.[1]).toContain("expected the site's public http(s) origin");
  });

  it('refuses footer texts with markup, control or invisible characters, naming the character', () => {
    const issues = siteEnvIssues({
      SITE_SPONSOR: '<b>主办</b>',
      SITE_CODE: '3212\u0000040001',
      SITE_ICP: '苏ICP备\u202e1号',
      SITE_PUBLIC_SECURITY: '一\n二',
      SITE_NAME: ' ',
    });
    expect(issues.map((i) => i.file)).toEqual(['SITE_NAME', 'SITE_SPONSOR', 'SITE_CODE', 'SITE_ICP', 'SITE_PUBLIC_SECURITY']);
    const by = new Map(issues.map((i) => [i.file, i.message]));
    expect(by.get('SITE_SPONSOR')).toContain('markup');
    expect(by.get('SITE_CODE')).toContain('U+0000 NULL');
    expect(by.get('SITE_ICP')).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(by.get('SITE_PUBLIC_SECURITY')).toContain('U+000A LINE FEED');
    expect(by.get('SITE_NAME')).toContain('found an empty value');
  });

  it('prints the found value without its control characters, so a message cannot drive the terminal', () => {
    const out = siteEnvProblem({ SITE_SPONSOR: '主办\u001b[2J' }) ?? '';
    expect(out).toContain('SITE_SPONSOR');
    expect(out).toContain('[U+001B ESCAPE][2J');
    expect(out).not.toContain('\u001b');
  });

  it('checks every setting site.config.ts reads from the environment', () => {
    const read = [...readFileSync('site.config.ts', 'utf8').matchAll(/env\['(\w+)'\]/g)].map((m) => m[1]);
    expect(new Set(read)).toEqual(new Set(Object.keys(SITE_ENV)));
  });
});
