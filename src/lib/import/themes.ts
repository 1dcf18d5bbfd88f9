import { THEMES, type Theme } from '../../schemas/themes.ts';

/** Keywords that suggest a theme, checked in this order; the first hit wins. */
const RULES: ReadonlyArray<readonly [Theme, RegExp]> = [
  ['整改落实', /上轮|审计反馈|整改不/],
  ['选人用人', /选人用人|干部选拔|选任/],
  ['基层党建', /党建|基层组织|党员|党组织/],
  ['安全生产', /安全生产|安全/],
  ['生态环境', /生态|环境|污染|环保/],
  ['作风建设', /八项规定|形式主义|官僚主义|担当作为|作风/],
  ['全面从严治党', /主体责任|监督责任|违规|奖补|廉洁|从严治党/],
  ['民生保障', /教育|卫生|医疗|拆迁|安置|物业|养老|住房|民生/],
  ['乡村振兴', /农业|农村|富民|强村|乡村/],
  ['科学决策', /决策|三重一大|求真务实|统筹/],
  ['经济发展', /产业|项目|园区|招商|经济|企业/],
];

/** Suggests a theme for a problem title; editors review it (the importer says so). */
export function guessTheme(title: string): Theme {
  for (const [theme, re] of RULES) if (re.test(title)) return theme;
  return THEMES[0];
}
