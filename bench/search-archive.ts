/**
 * Search at archive scale, the measurement behind issue 13's search figures
 * (a stop-gap until the bench measures it itself):
 *
 *   npm run build -- --out /tmp/site
 *   QUALITY=1 npx node bench/search-archive.ts /tmp/site /tmp/site-2600 100
 *   SKIP_GEN=1 QUALITY=1 npx node bench/search-archive.ts /tmp/site /tmp/site   # the shipped report itself
 *
 * Makes an archive of N reports (report home + 26 sections each) from the
 * built shipped report, the text of reports 2..N varied (some common
 * characters swapped per report, a filler paragraph of random length, so
 * word positions and postings differ as between real reports), indexes it
 * with the site's own buildSearchIndex, then measures in chromium, through
 * /search/ (the bench's UI mode), a first search from a fresh page and a warm
 * one: gzip bytes, requests, fragment requests, ms. QUALITY=1 also checks
 * every term of tests/fixtures/search/terms.json plus 40 sampled substrings
 * against substring truth computed from the HTML (full-width folded).
 * PAIRS='[["整改","物业"]]' chooses the first/warm terms; REINDEX=1 reindexes.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import { launchBrowser, serveSite } from './harness.ts';
import { measureSearch } from './browser.ts';
import { foldText, indexedText } from '../tests/helpers/search-text.ts';
import { partQuery } from '../src/lib/search/tokens.ts';

const [src, out, reportsArg] = process.argv.slice(2);
const R = Number(reportsArg ?? 100);
const slug = readdirSync(src!).find((d) => d.match(/^\d{4}-\d{2}-\d{2}-/))!;
let seed = 1;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const POOL = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬梅兰竹菊琴棋书画诗酒茶花鸟鱼虫云雨风雪霜露虹霞星月日辰';
const KEEP = new Set('整改招商引资岭家庄第一责任人巡视'.split(''));
const FROM = '的是在了和有为工作进行问题加强推进建设管理发展制度机制落实开展情况部门单位企业项目资金'.split('').filter((c) => !KEEP.has(c));
function vary(html: string, r: number, k: number): string {
  if (r === 1) return html;
  seed = r * 1000 + k;
  const map = new Map<string, string>();
  for (const c of FROM) if (rnd() < 0.5) map.set(c, POOL[Math.floor(rnd() * POOL.length)]!);
  const start = html.indexOf('<article'), end = html.indexOf('</article>');
  let body = html.slice(start, end).replace(/>([^<]+)</g, (_, t: string) => '>' + [...t].map((c) => map.get(c) ?? c).join('') + '<');
  const filler = Array.from({ length: Math.floor(rnd() * 80) }, () => POOL[Math.floor(rnd() * POOL.length)]).join('');
  body = body.replace(/(<div class="section__body">)/, `$1<p>${filler}</p>`);
  return html.slice(0, start) + body.replaceAll(`data-search-report="${slug}"`, `data-search-report="r${r}"`) + html.slice(end);
}
if (process.env.REINDEX) await buildSearchIndex(out!);
if (!process.env.SKIP_GEN) {
  rmSync(out!, { recursive: true, force: true });
  mkdirSync(out!, { recursive: true });
  for (const f of ['_astro', 'search', '404.html', 'index.html', 'favicon.svg']) cpSync(join(src!, f), join(out!, f), { recursive: true });
  const sections = readdirSync(join(src!, slug, 'sections'));
  for (let r = 1; r <= R; r++) {
    const dir = r === 1 ? slug : `r${String(r).padStart(3, '0')}`;
    mkdirSync(join(out!, dir), { recursive: true });
    writeFileSync(join(out!, dir, 'index.html'), vary(readFileSync(join(src!, slug, 'index.html'), 'utf8'), r, 0));
    for (const s of sections) {
      mkdirSync(join(out!, dir, 'sections', s), { recursive: true });
      writeFileSync(join(out!, dir, 'sections', s, 'index.html'), vary(readFileSync(join(src!, slug, 'sections', s, 'index.html'), 'utf8'), r, Number(s)));
    }
  }
  const t0 = performance.now();
  const n = await buildSearchIndex(out!);
  console.log(`indexed ${n} files in ${Math.round(performance.now() - t0)} ms`);
}
const du = (d: string) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((s, e) => s + readFileSync(join(e.parentPath, e.name)).length, 0);
console.log(`pagefind/ on disk: ${du(join(out!, 'pagefind'))} B (index ${du(join(out!, 'pagefind/index'))}, fragments ${du(join(out!, 'pagefind/fragment'))}, ${readdirSync(join(out!, 'pagefind/index')).length} index chunks)`);

const server = await serveSite(out!, '/');
const session = await launchBrowser(server.origin);
const site = { dir: out!, base: '/', origin: server.origin, newPage: async () => { const { page, context } = await session.newPage(); return { page, context }; } };
const rows = [];
const PAIRS = process.env.PAIRS ? (JSON.parse(process.env.PAIRS) as [string, string][]) : ([['整改', '招商引资'], ['招商引资', '岭家庄'], ['岭家庄', '整改'], ['巘巘巘', '整改']] as [string, string][]);
for (const [first, warm] of PAIRS) {
  const r = await measureSearch(site, 'search/', { first, warm }, 'ui');
  const frag = (w: typeof r.first.weight) => w.resources.filter((x) => x.url.includes('/fragment/')).length;
  rows.push({ first, results: r.first.results, pageKB: +(r.page.gzipTotal / 1024).toFixed(1), firstKB: +(r.first.weight.gzipTotal / 1024).toFixed(1), totalKB: +((r.page.gzipTotal + r.first.weight.gzipTotal) / 1024).toFixed(1), requests: r.page.resources.length + r.first.weight.resources.length, fragments: frag(r.first.weight), ms: Math.round(r.first.ms), warm, warmMs: Math.round(r.warm.ms), warmKB: +(r.warm.weight.gzipTotal / 1024).toFixed(1) });
}
console.table(rows);

if (process.env.QUALITY) {
  // Truth from the synthetic HTML; Pagefind's ids mapped to URLs from the fragment files on disk.
  const truth = new Map<string, string>();
  for (const e of readdirSync(out!, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const text = indexedText(readFileSync(join(e.parentPath, e.name), 'utf8'));
    if (text !== null) truth.set('/' + join(e.parentPath, e.name).slice(out!.length + 1).replace(/index\.html$/, ''), foldText(text));
  }
  const urlOf = new Map<string, string>();
  for (const f of readdirSync(join(out!, 'pagefind/fragment'))) {
    const j = JSON.parse(gunzipSync(readFileSync(join(out!, 'pagefind/fragment', f))).toString('utf8').slice(12));
    urlOf.set(f.replace(/\.pf_fragment$/, ''), j.url);
  }
  const terms: string[] = JSON.parse(readFileSync('tests/fixtures/search/terms.json', 'utf8')).terms;
  seed = 7;
  const texts = [...truth.values()];
  const runs = texts.flatMap((t) => t.match(/\p{Script=Han}{2,}/gu) ?? []);
  const sample = new Set<string>();
  while (sample.size < 40) { const run = [...runs[Math.floor(rnd() * runs.length)]!]; const len = 2 + Math.floor(rnd() * 4); if (run.length < len) continue; const st = Math.floor(rnd() * (run.length - len + 1)); sample.add(run.slice(st, st + len).join('')); }
  const all = [...terms, ...sample, '整改', '招商引资', '岭家庄', '巘巘巘'];
  const { page } = await session.newPage();
  await page.goto(server.root + 'search/');
  let tp = 0, fp = 0, fn = 0;
  const wrong: string[] = [];
  for (const term of all) {
    const ids: string[] = await page.evaluate(
      async ({ q, url }) => {
        type Pf = { options: (o: object) => Promise<void>; search: (q: string, o: object) => Promise<{ results: { id: string }[] }> };
        const pf = (await import(/* @vite-ignore */ url)) as Pf;
        await pf.options({ noWorker: true });
        return (await pf.search(q, { sort: { order: 'asc' } })).results.map((x) => x.id);
      },
      { q: partQuery(foldText(term)), url: '/pagefind/pagefind.js' },
    );
    const found = new Set(ids.map((id) => urlOf.get(id)!));
    const expected = new Set([...truth].filter(([, t]) => t.includes(foldText(term))).map(([u]) => u));
    const hit = [...found].filter((u) => expected.has(u)).length;
    tp += hit; fp += found.size - hit; fn += expected.size - hit;
    if (hit !== expected.size || hit !== found.size) wrong.push(`${term}: expected ${expected.size} found ${found.size} common ${hit}`);
  }
  console.log(`quality at ${truth.size} pages over ${all.length} terms: recall ${(tp / (tp + fn)).toFixed(4)} precision ${(tp / (tp + fp)).toFixed(4)} (tp ${tp}, fp ${fp}, fn ${fn})`);
  if (wrong.length) console.log(wrong.join('\n'));
}
await session.close();
await server.close();
