/**
 * The Word document of tests/fixtures/received/official-numbered.txt, laid
 * out as an official document (GB/T 9704: title centred, issuer and date
 * right-aligned) whose 一、 （一） 1. (1) are Word's automatic numbering,
 * not typed: the part headings through a heading style linked to the list,
 * the rest through the list itself. It also carries characters nobody can
 * see (a zero-width space, a soft hyphen, a no-break-space indent, a
 * right-to-left override), which the importer must remove and list.
 */
import { makeDocx, level } from './docx.ts';

/** Heading 1 is linked to level 0 of the list: its paragraphs are numbered 一、 二、 三、 by their style alone. */
const STYLES = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`;
const NUMBERING = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'chineseCounting', '%1、', { pStyle: 'Heading1' })}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '(%4)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

/** Characters nobody can see that the Word file carries. */
export const INVISIBLE_IN_DOCX = ['\u200B', '\u00AD', '\u00A0', '\u202E', '\u202C'];

/** The .docx bytes. */
export function officialNumberedDocx(): Promise<Buffer> {
  const h = (text: string) => ({ text, style: 'Heading1' });
  const n = (ilvl: number, text: string) => ({ text, numId: 1, ilvl });
  return makeDocx(
    [
      { text: '中共青山县教育局党组关于县委第一巡察组巡察反馈意见整改情况的通报', align: 'center' },
      {
        text: [
          '\u00A0\u00A0',
          '根据县委统一部署，县委第一巡察组于2023年9月4日至10月27日对县教育局党组开展了巡察，11月20日反馈了巡察意见。现将整改情况予以公布。',
        ],
      },
      h('整改工作组织情况'),
      '局党组成立整改工作领导小组，召开专题会议8次，制定整改\u200B方案，细化整改措施42条。',
      h('整改落实情况'),
      n(1, '在落实全面从严治党责任方面'),
      n(2, '关于“廉政风险防控不到位”问题的整改。'),
      n(3, '梳理重点岗位廉政风险点36个，制定防控措施。'),
      n(3, '开展警示教育大会1次，观看警示教育\u00AD片2部。'),
      n(2, '关于“公务用车管理不规范”问题的整改。'),
      n(3, '修订公务用车管理办法，实行\u202E派车单\u202C制度。'),
      n(1, '在履行教育管理职责方面'),
      n(2, '关于“校舍安全隐患排查不彻底”问题的整改。'),
      n(3, '对全县58所学校开展校舍安全排查，整改隐患23处。'),
      n(3, '建立校舍安全季度巡查制度。'),
      h('下一步工作打算'),
      '局党组将持续巩固整改成果，对需要长期坚持的整改任务常抓不懈。',
      '联系电话：0576-2345678；电子邮箱：qsjyj_xc@example.cn。',
      { text: '中共青山县教育局党组', align: 'right' },
      { text: '2024年1月15日', align: 'right' },
    ],
    { numbering: NUMBERING, styles: STYLES },
  );
}
