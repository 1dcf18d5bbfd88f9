import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/lib/import/sources/html.ts';
import { decodePage } from '../../src/lib/import/sources/html-encoding.ts';
import { removeInvisible } from '../../src/lib/import/sources/invisible.ts';

const DIR = 'tests/fixtures/received';
/** Portal chrome the fixture pages print around their article. */
const CHROME = [
  '您当前所在位置',
  '首页',
  '索引号',
  '发布机构',
  '发布时间',
  '浏览次数',
  '字号',
  '打印本页',
  '分享到',
  '上一篇',
  '下一篇',
  '关闭窗口',
  '主办单位',
  '网站标识码',
  'ICP',
  '相关文章',
  '统计',
  '隐藏的摘要',
  '搜索',
];

/** A page's article as the importer writes it: read, and its invisible characters taken out. */
const article = (bytes: Uint8Array) => removeInvisible(readPage(bytes).text, { controls: true }).text;
const page = (body: string, head = '<meta charset="utf-8"><title>页面</title>') =>
  new TextEncoder().encode(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `第${i + 1}段：局党组研究部署整改工作，逐项明确责任人和完成时限，确保整改到位。`);

describe.each([
  ['portal-table-gb2312', 'a GB2312 page laid out in tables (its charset in http-equiv)'],
  ['portal-div-utf8', 'a UTF-8 page laid out in divs, its article inside header, breadcrumb, metadata list, share and footer'],
])('%s: %s', (name) => {
  const bytes = readFileSync(`${DIR}/${name}.html`);
  const typed = readFileSync(`${DIR}/${name}.txt`, 'utf8');

  it('gives the article’s lines, headline first, exactly as the report is typed', () => {
    expect(article(bytes)).toBe(typed);
  });
  it('leaves out every piece of portal chrome the page prints around the article', () => {
    const text = article(bytes);
    for (const c of CHROME.filter((c) => !typed.includes(c))) expect(text, c).not.toContain(c);
  });
});

describe('the page’s 政府信息公开 metadata', () => {
  it('reads a table of label and value cells, padded labels and all, with the page’s own address', () => {
    expect(readPage(readFileSync(`${DIR}/portal-table-gb2312.html`)).disclosure).toEqual({
      indexNo: '002345678/2023-00321',
      publisher: '青溪县市场监督管理局',
      issued: '2023-09-20',
      written: '2023-09-18',
      published: '2023-09-20',
      docNo: '青市监党〔2023〕15号',
      category: '纪检监察\\巡察',
      validity: '有效',
      url: 'http://www.qingxi.example.gov.cn/art/2023/9/20/art_1234_56789.html',
    });
  });
  it('reads a list of label and value spans, skips a label with no value, and takes the canonical address', () => {
    expect(readPage(readFileSync(`${DIR}/portal-div-utf8.html`)).disclosure).toEqual({
      indexNo: '11330000MB0123456X/2023-00087',
      publisher: '中共白沙镇委员会',
      written: '2023-08-28',
      published: '2023-09-01',
      category: '综合政务/其他',
      validity: '有效',
      url: 'https://www.baisha.example.gov.cn/zwgk/tzgg/202309/t20230901_123456.html',
    });
  });
  it('reads several pairs printed in one line, and nothing from prose that merely uses a label’s word', () => {
    const d = readPage(
      page(
        `<div class="info">索引号：ABC-2023-1 文号：青发〔2023〕3号 发布日期：2023年9月1日</div><div class="content">${para(5)
          .map((p) => `<p>${p}</p>`)
          .join('')}<p>我局按照分类施策原则推进整改。</p></div>`,
      ),
    ).disclosure;
    expect(d).toEqual({ indexNo: 'ABC-2023-1', docNo: '青发〔2023〕3号', published: '2023-09-01' });
  });
  it('takes no address that is not http(s)', () => {
    expect(
      readPage(
        page(
          `<div>${para(3)
            .map((p) => `<p>${p}</p>`)
            .join('')}</div>`,
          '<meta charset="utf-8"><link rel="canonical" href="javascript:alert(1)">',
        ),
      ).disclosure,
    ).toEqual({});
  });
});

describe('finding the article without knowing the portal', () => {
  it('takes lines separated by <br> in one block', () => {
    const text = readPage(
      page(
        `<div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a></div><div id="zoom">${para(4).join('<br>')}</div><div class="footer">主办单位：某县人民政府</div>`,
      ),
    ).text;
    expect(text).toBe(`${para(4).join('\n')}\n`);
  });
  it('takes paragraphs that are divs, not the one longest div', () => {
    const text = readPage(
      page(
        `<div class="wrap"><div class="body">${para(4)
          .map((p) => `<div>${p}</div>`)
          .join('')}</div><div class="side"><ul>${para(2)
          .map((p) => `<li><a href="/x">${p}</a></li>`)
          .join('')}</ul></div></div>`,
      ),
    ).text;
    expect(text).toBe(`${para(4).join('\n')}\n`);
  });
  it('prefers the prose over a longer list of links, and leaves out hidden text, scripts and a share bar inside the article', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/n${i}">关于开展第${i}批次重点工作督查检查情况的通报和有关事项的通知</a></li>`,
    ).join('');
    const body = `<ul class="list">${links}</ul><div class="article">${para(4)
      .map((p) => `<p>${p}</p>`)
      .join(
        '',
      )}<p style="display:none">隐藏文字不是正文，不应导入。</p><script>document.write("脚本")</script><div class="bdshare">分享到：微信 微博</div></div>`;
    const read = readPage(page(body));
    expect(read.text).toBe(`${para(4).join('\n')}\n`);
    // Nothing goes silently: what was left out of the article's element is said.
    expect(read.left).toEqual(['隐藏文字不是正文，不应导入。', '分享到：微信 微博']);
  });
  it('joins a line broken in the page’s markup between Chinese characters without a space, as a Chinese reader sees it', () => {
    const text = readPage(
      page(
        `<div class="content"><p>整改工作领导小组，逐项明确\n      责任人和完成时限，确保整改到位。</p><p>共检查 Windows\n  10 终端12台，完成系统升级工作。</p></div>`,
      ),
    ).text;
    expect(text).toBe('整改工作领导小组，逐项明确责任人和完成时限，确保整改到位。\n共检查 Windows 10 终端12台，完成系统升级工作。\n');
  });
});

describe('the page’s encoding', () => {
  const gbk = readFileSync(`${DIR}/portal-table-gb2312.html`);
  it('follows the charset the page declares', () => {
    expect(decodePage(gbk)).toMatchObject({ encoding: 'gb18030', how: 'declared', declared: 'gb2312' });
    expect(decodePage(readFileSync(`${DIR}/portal-div-utf8.html`))).toMatchObject({
      encoding: 'utf-8',
      how: 'declared',
      declared: 'utf-8',
    });
  });
  it('reads GBK bytes as GBK when the page declares nothing, and UTF-8 bytes as UTF-8 when an old declaration says GB2312', () => {
    // The same GB2312 bytes with the declaration taken out (markup is ASCII, so latin1 round-trips them).
    const withoutMeta = Buffer.from(gbk.toString('latin1').replace('charset=gb2312', 'nothing'), 'latin1');
    const read = decodePage(withoutMeta);
    expect(read).toMatchObject({ encoding: 'gb18030', how: 'bytes', declared: undefined });
    expect(read.text).toContain('青溪县市场监督管理局');
    const saved = decodePage(new TextEncoder().encode('<html><head><meta charset="gb2312"></head><body><p>整改情况</p></body></html>'));
    expect(saved).toMatchObject({ encoding: 'utf-8', how: 'bytes', declared: 'gb2312' });
    expect(saved.text).toContain('整改情况');
  });
});
