import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { READING_SETTINGS, READING_STORAGE_KEY, choiceSelector } from '../../src/lib/reading/options.ts';
import { READING_SCRIPT } from '../../src/lib/reading/script.ts';
import { minifyScript } from '../../src/lib/reading/minify.ts';
import { cssString, printPageVars } from '../../src/lib/print/page-vars.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

const css = readFileSync('src/styles/global.css', 'utf8');

describe('reading settings', () => {
  it('offers text sizes up to 200%, at least three line spacings and the three contrast schemes', () => {
    const values = (name: string) => READING_SETTINGS.find((s) => s.name === name)?.choices.map((c) => c.value);
    expect(values('reading-size')?.length).toBeGreaterThanOrEqual(3);
    expect(values('reading-size')).toContain('200');
    expect(values('reading-spacing')?.length).toBeGreaterThanOrEqual(2);
    expect(values('reading-contrast')).toEqual(['standard', 'black-on-yellow', 'yellow-on-black']);
  });

  it('has a global.css rule for every choice but the default', () => {
    for (const setting of READING_SETTINGS) {
      for (const choice of setting.choices.slice(1))
        expect(css, choiceSelector(setting.name, choice.value)).toContain(choiceSelector(setting.name, choice.value));
    }
  });

  it('has a UI string for every legend and choice', () => {
    for (const s of READING_SETTINGS) for (const key of [s.legend, ...s.choices.map((c) => c.label)]) expect(zhCN[key], key).toBeTruthy();
  });

  it('accepts exactly the setting names the control uses', () => {
    const pattern = /\/\^reading-\(([^)]+)\)\$\//
      .exec(READING_SCRIPT)?.[1]
      ?.split('|')
      .map((n) => `reading-${n}`);
    expect(pattern?.sort()).toEqual(READING_SETTINGS.map((s) => s.name).sort());
  });

  it('keeps the choices under the storage key the tests use', () => {
    expect(READING_SCRIPT).toMatch(new RegExp(`["']${READING_STORAGE_KEY}["']`));
  });

  it('stays under 1.5 KB and is valid JavaScript', () => {
    expect(Buffer.byteLength(READING_SCRIPT)).toBeLessThan(1536);
    // Reading settings and copy buttons together: the one script content pages carry.
    expect(gzipSync(READING_SCRIPT).length).toBeLessThan(800);
    expect(() => new Function(READING_SCRIPT)).not.toThrow();
    expect(READING_SCRIPT).not.toContain('//');
  });
});

describe('minifyScript', () => {
  it('inline.min.js, which pages carry, is exactly inline.js minified', () => {
    // The build inlines the committed copy; this is what keeps it the source's.
    const fresh = minifyScript(readFileSync('src/lib/reading/inline.js', 'utf8'));
    expect(READING_SCRIPT, 'inline.min.js differs from inline.js minified: run `node scripts/reading-script.ts`').toBe(fresh);
    expect(readFileSync('src/lib/reading/inline.min.js', 'utf8')).toBe(`${fresh}\n`);
  });

  it('drops comments and whitespace but keeps what the code does', () => {
    const source =
      '// why\nvar out = (function () {\n  var long_name = 2; // note\n  return /^a\\/b$/.test("a/b") ? long_name * 21 : 0;\n})();\n';
    const min = minifyScript(source);
    expect(min).not.toContain('why');
    expect(min.length).toBeLessThan(source.length);
    expect(new Function(`${min}; return out;`)()).toBe(42);
  });
});

describe('printPageVars', () => {
  it('gives print CSS the absolute page URL without its fragment', () => {
    expect(printPageVars('https://www.example.gov.cn/xszg/sections/06/#m2', '本条链接')).toBe(
      ':root{--page-url:"https://www.example.gov.cn/xszg/sections/06/";--print-permalink-label:"本条链接"}',
    );
  });

  it('escapes what could end the CSS string or the style element', () => {
    expect(cssString('a"b</style>')).toBe('"a\\22 b\\3c /style\\3e "');
  });
});
