/**
 * Theme suggestions for an imported report. A report that groups its
 * problems under category headings gets those categories as its themes;
 * otherwise each problem's title is matched against this keyword list, which
 * covers counties and districts as well as bureaus, hospitals, schools and
 * firms. Suggestions are marked for review (the importer says so).
 */
import { afterMarker, type Line } from './lines.ts';

export interface ThemeRule {
  name: string;
  /** What belongs in it, for editors (written into report.yaml). */
  note: string;
  /** Keywords in a problem's title, checked in list order; the first hit wins. */
  keywords: RegExp;
}

/** The keyword list, in the order themes are listed. The first eleven are the Jiangyan report's own grouping. */
export const THEME_RULES: readonly ThemeRule[] = [
  { name: '经济发展', note: '产业、项目、园区：经济高质量发展', keywords: /产业|项目|园区|招商|经济|企业/ },
  { name: '乡村振兴', note: '农业和农村：农业效益、村集体增收、农民增收', keywords: /农业|农村|富民|强村|乡村/ },
  { name: '安全生产', note: '安全生产监管', keywords: /安全生产|安全/ },
  { name: '全面从严治党', note: '主体责任、监督责任、违规优惠与奖补', keywords: /主体责任|监督责任|违规|奖补|廉洁|从严治党|廉政/ },
  { name: '作风建设', note: '八项规定、形式主义官僚主义、担当作为', keywords: /八项规定|形式主义|官僚主义|担当作为|作风/ },
  { name: '民生保障', note: '教育、拆迁安置、物业等群众身边事', keywords: /教育|卫生|医疗|拆迁|安置|物业|养老|住房|民生/ },
  { name: '生态环境', note: '生态环境治理和监管', keywords: /生态|环境|污染|环保/ },
  { name: '科学决策', note: '重大事项决策、求真务实、统筹发展', keywords: /决策|三重一大|求真务实|统筹/ },
  { name: '选人用人', note: '选人用人制度执行', keywords: /选人用人|干部选拔|选任/ },
  { name: '基层党建', note: '党建责任、基层组织、党员教育管理', keywords: /党建|基层组织|党员|党组织/ },
  { name: '整改落实', note: '上轮巡视巡察和审计反馈问题的整改', keywords: /上轮|审计反馈|整改不/ },
  { name: '政治建设', note: '政治理论学习、意识形态、落实上级决策部署', keywords: /政治|理论学习|意识形态|决策部署|两个维护|学习贯彻/ },
  { name: '主责主业', note: '履行职能、业务工作、服务对象', keywords: /主责主业|职能|履职|业务|服务|监管/ },
  { name: '财务资产', note: '财务、经费、资产、采购管理', keywords: /财务|经费|资金|资产|采购|预算|合同|招投标/ },
  { name: '干部队伍', note: '干部和人才队伍建设', keywords: /干部|人才|队伍/ },
  { name: '制度建设', note: '制度、内控和管理规范', keywords: /制度|内控|管理不规范|规范/ },
  { name: '其他', note: '关键词未能归类的问题，请编辑改定', keywords: /$^/ },
];

/**
 * The order keywords are tried in (the first hit wins): narrow themes before
 * broad ones, so 招引项目部分优惠措施违规 is 全面从严治党, not 经济发展, and
 * 政治理论学习不深入 is 政治建设, never 经济发展 or 民生保障.
 */
const MATCH_ORDER = [
  '整改落实',
  '政治建设',
  '选人用人',
  '基层党建',
  '安全生产',
  '生态环境',
  '作风建设',
  '全面从严治党',
  '财务资产',
  '民生保障',
  '乡村振兴',
  '科学决策',
  '干部队伍',
  '制度建设',
  '主责主业',
  '经济发展',
];

/** The theme the keyword list suggests for a problem title; 其他 when no keyword fits. */
export function suggestTheme(title: string): ThemeRule {
  for (const name of MATCH_ORDER) {
    const rule = THEME_RULES.find((t) => t.name === name);
    if (rule?.keywords.test(title)) return rule;
  }
  return THEME_RULES.at(-1) as ThemeRule;
}

/** A theme name made from a category heading: (一)在落实主体责任方面 → 落实主体责任. */
export function themeFromCategory(heading: Line): string {
  const name = afterMarker(heading)
    .replace(/[。.；;：:]$/, '')
    .replace(/^(?:在|关于|聚焦)/, '')
    .replace(/(?:方面(?:的问题)?|的问题|问题)$/, '')
    .replace(/[“”"]/g, '');
  return name.length > 16 ? name.slice(0, 16) : name || afterMarker(heading).slice(0, 16);
}
