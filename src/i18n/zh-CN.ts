/**
 * Every UI string of the site, in simplified Chinese. Components read them
 * through t('area.key'); none holds literal UI text. Placeholders: {name}.
 */
export const zhCN = {
  'site.skipToContent': '跳到正文',
  'site.home': '首页',
  'site.breadcrumb': '当前位置',
  'report.issuedBy': '发布单位',
  'report.date': '发布日期',
  'report.inspection': '巡视情况',
  'report.inspectionSummary': '{team}于{start}至{end}开展巡视,{feedback}反馈巡视意见',
  'report.inspectionSummaryNoFeedback': '{team}于{start}至{end}开展巡视',
  'report.problemsByTheme': '{count}个问题的整改情况(按主题分组)',
  'report.problemCount': '{count}项',
  'report.signature': '落款',
  'section.number': '第{n}项',
  'section.theme': '主题',
  'section.measures': '整改措施',
  'section.measureCount': '共{count}条措施',
  'section.noMeasures': '本项整改情况以段落形式公布。',
  'section.prev': '上一项',
  'section.next': '下一项',
  'section.pager': '上一项、下一项',
  'section.backToAll': '返回全部{count}项问题',
  'section.pageTitle': '第{n}项 {title}',
  'contact.heading': '意见反馈',
  'contact.lead': '对巡视整改落实情况有意见建议,可通过以下方式反馈:',
  'contact.phone': '电话',
  'contact.post': '邮政信箱',
  'contact.envelope': '信封请注明',
  'contact.postcode': '邮编',
  'contact.email': '电子邮箱',
  'contact.emailSubjectNote': '邮件主题:{subject}',
  'footer.sponsor': '主办单位',
  'footer.siteCode': '网站标识码',
  'footer.icp': 'ICP备案号',
  'footer.publicSecurity': '公安机关备案号',
  'footer.sourceNote': '本站内容与原文逐字一致,原文见',
  'footer.sourceLink': '通报原文(纯文本)',
  'notFound.title': '页面不存在',
  'notFound.body': '您要找的页面不存在,可能是地址输入有误或页面已移动。',
  'notFound.home': '返回首页,查看全部整改情况',
} as const;

export type UiKey = keyof typeof zhCN;

/** Looks up a UI string and fills its {placeholders}. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
