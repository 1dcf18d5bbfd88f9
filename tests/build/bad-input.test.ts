import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';

const FIXTURES = 'tests/fixtures/bad-input';
// Astro's messages wrap and colour; compare on plain, single-spaced text.
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').replace(/\s+/g, ' ');

describe('a bad content entry fails the build with a clear message', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`rejects the "${name}" fixture, naming file, field, expected and found`, () => {
      const { messages } = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { messages: string[] };
      const copy = projectCopy(join(FIXTURES, name));
      try {
        mkdirSync(join(copy.dir, 'dist'));
        writeFileSync(join(copy.dir, 'dist', 'index.html'), 'last good site');
        const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
        expect(status, output).not.toBe(0);
        for (const m of messages) expect(plain(output)).toContain(m);
        // Nothing is published: the last good site is left alone.
        expect(readFileSync(join(copy.dir, 'dist', 'index.html'), 'utf8')).toBe('last good site');
        expect(readdirSync(copy.dir).filter((f) => f.endsWith('.building'))).toEqual([]);
        expect(existsSync(join(copy.dir, 'dist', 'sections'))).toBe(false);
        expect(existsSync(join(copy.dir, 'dist', '2022-12-20-jiangyan'))).toBe(false);
        // No entry's code ran (entry-esm-runs would write this file at build time).
        expect(existsSync(join(copy.dir, 'pwned.txt'))).toBe(false);
      } finally {
        copy.remove();
      }
    });
  }
});

describe('astro build on its own (as `astro dev` loads content) refuses bad content too', () => {
  /** `astro build` alone on a project copy with the fixture; what it printed, and checks on the copy before it is removed. */
  const astroAlone = (fixture: string, after: (dir: string) => void = () => {}) => {
    const copy = projectCopy(join(FIXTURES, fixture));
    try {
      const { status, output } = runNode(copy.dir, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(copy.dir, 'out')]);
      expect(status, output).not.toBe(0);
      after(copy.dir);
      return plain(output);
    } finally {
      copy.remove();
    }
  };

  it('fails on a duplicate number with the file names, not only when run through scripts/build.ts', () => {
    const output = astroAlone('duplicate-number');
    expect(output).toContain('content/reports/2022-12-20-jiangyan/sections/07-履行主体责任有缺失.mdx');
    expect(output).toContain('found 6, also used by');
  });

  it("fails on a bad report.yaml with the file, its line and the field's message (the reports collection's own loader)", () => {
    const output = astroAlone('kind-unknown', (dir) => expect(existsSync(join(dir, 'out', 'index.html'))).toBe(false));
    expect(output).toContain('content/reports/2022-12-20-jiangyan/report.yaml:3');
    expect(output).toContain('expected 巡视 or 巡察, found "视察"');
  });

  it('names an alias bomb and invisible characters in report.yaml by file, line and column, with no stack trace', () => {
    const output = astroAlone('hostile-content');
    expect(output).toContain('content/reports/2023-01-05-hailing/report.yaml:2:22');
    expect(output).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(output).toContain('content/reports/2023-01-05-hailing/report.yaml:58');
    expect(output).not.toContain('Stack trace');
  });

  it("refuses an entry with ESM that writes a file, and the entry's code never runs", () => {
    const output = astroAlone('entry-esm-runs', (dir) => expect(existsSync(join(dir, 'pwned.txt'))).toBe(false));
    expect(output).toContain('found an ESM export');
  });
});

/** A stack frame as Node prints one: "    at fn (file:line:col)" or "    at file:line:col". */
const STACK_FRAME = /\n\s+at (?:async )?\S*[ (]?(?:file:\/\/)?\/[^\s)]+:\d+:\d+\)?/;

describe('hostile files and settings are refused by name, nothing leaks, the last good site stays', () => {
  /** A project copy with a last good dist/; runs `what` on it, then checks dist/ is untouched. */
  const withCopy = (what: (dir: string) => void, overlay?: string) => {
    const copy = projectCopy(overlay);
    try {
      mkdirSync(join(copy.dir, 'dist'));
      writeFileSync(join(copy.dir, 'dist', 'index.html'), 'last good site');
      what(copy.dir);
      expect(readFileSync(join(copy.dir, 'dist', 'index.html'), 'utf8')).toBe('last good site');
      expect(readdirSync(join(copy.dir, 'dist'))).toEqual(['index.html']);
    } finally {
      copy.remove();
    }
  };

  it('refuses a linked source.txt, a pipe and a hidden entry among the sections by name, never printing what the link points to', () => {
    const outside = mkdtempSync(join(tmpdir(), 'secret-'));
    try {
      // A made-up key outside the project.
      const key = Array.from({ length: 50 }, (_, i) => `SECRET-LINE-${i}-bm90LWEtcmVhbC1rZXktanVzdC1hLXRlc3Q`).join('\n');
      writeFileSync(join(outside, 'id_ed25519'), key);
      withCopy((dir) => {
        const report = join(dir, 'content/reports/2022-12-20-jiangyan');
        rmSync(join(report, 'source.txt'));
        symlinkSync(join(outside, 'id_ed25519'), join(report, 'source.txt'));
        writeFileSync(join(report, 'sections', '.27-隐藏的条目.mdx'), '---\nnumber: 27\n---\n隐藏的正文。\n');
        const fifo = join(report, 'sections', '28-管道.mdx');
        expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
        // A writer on the pipe's other end, again after each reader: a build that opened the pipe (once or more)
        // would read the key, not wait forever. In a process group of its own, to be stopped whole.
        const writer = spawn('sh', ['-c', 'while :; do cat "$0" > "$1"; done', join(outside, 'id_ed25519'), fifo], {
          stdio: 'ignore',
          detached: true,
        });
        let run: ReturnType<typeof runNode>;
        try {
          run = runNode(dir, ['scripts/build.ts']);
        } finally {
          if (writer.pid) process.kill(-writer.pid, 'SIGKILL');
        }
        const { status, output } = run;
        expect(status, output).not.toBe(0);
        const text = plain(output);
        expect(text).toContain('content/reports/2022-12-20-jiangyan/source.txt (文件 / file): 应为普通文件，实为符号链接');
        expect(text).toContain('content/reports/2022-12-20-jiangyan/sections/.27-隐藏的条目.mdx');
        expect(text).toContain('content/reports/2022-12-20-jiangyan/sections/28-管道.mdx');
        expect(text).toContain('found a device, pipe or socket');
        expect(output).not.toContain('SECRET-LINE');
        expect(output).not.toMatch(STACK_FRAME);
      });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses bad environment settings before building, naming each setting, in npm run build and in astro build alone', () => {
    const env = { SITE_URL: 'javascript:alert(1)', SITE_BASE: '</script><script>alert(1)</script>', SITE_SPONSOR: '主办\u0001单位' };
    withCopy((dir) => {
      for (const args of [['scripts/build.ts'], ['node_modules/astro/bin/astro.mjs', 'build']]) {
        const { status, output } = runNode(dir, args, env);
        expect(status, output).not.toBe(0);
        const text = plain(output);
        expect(text).toContain('SITE_URL 环境变量 / environment setting: 应为网站的 http 或 https 公开地址');
        expect(text).toContain('found "javascript:alert(1)"');
        expect(text).toContain('SITE_BASE 环境变量 / environment setting: 应为网站所在的子路径');
        expect(text).toContain('SITE_SPONSOR');
        expect(text).toContain('U+0001 START OF HEADING');
        expect(output).not.toMatch(STACK_FRAME);
        expect(existsSync(join(dir, 'dist', 'search'))).toBe(false);
      }
    });
  });
});

describe('an archive whose reports are all withdrawn builds: a site of notices and an empty search index', () => {
  it('builds, says every report is withdrawn on the search page, and publishes a well-formed feed without entries (the index check not misled by the marker word in attribute values)', () => {
    const copy = projectCopy();
    try {
      const yaml = join(copy.dir, 'content/reports/2022-12-20-jiangyan/report.yaml');
      writeFileSync(yaml, `${readFileSync(yaml, 'utf8').trimEnd()}\nwithdrawn:\n  date: 2024-05-01\n  reason: 已由新的通报替代。\n`);
      // A site name holding the index's marker word lands in attribute values of every page: no page is marked by it.
      const { status, output } = runNode(copy.dir, ['scripts/build.ts'], { SITE_NAME: '某某整改情况公开 data-pagefind-body 网站' });
      expect(status, output).toBe(0);
      const dist = join(copy.dir, 'dist');
      const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
      expect(entry.languages).toEqual({});
      const search = readFileSync(join(dist, 'search/index.html'), 'utf8');
      expect(search).toContain('本站的报告已全部撤回（共1份）');
      expect(search).not.toContain('data-search-form');
      expect(readFileSync(join(dist, '2022-12-20-jiangyan/index.html'), 'utf8')).toContain('已撤回');
      const feed = readFileSync(join(dist, 'feed.xml'), 'utf8');
      expect(feed).not.toContain('<entry>');
      expect(feed).toMatch(/^<\?xml[^>]*>\s*<feed [^>]*>[\s\S]*<\/feed>\s*$/);
    } finally {
      copy.remove();
    }
  });
});
