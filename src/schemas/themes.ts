/**
 * The fixed list of themes that group the problems. The order here is the
 * order on the home page and in the search filter. To add a theme, add it
 * here and say in EDITING.md what belongs in it.
 */
export const THEMES = [
  /** 产业、项目、园区:经济高质量发展 */
  '经济发展',
  /** 农业和农村:农业效益、村集体增收、农民增收 */
  '乡村振兴',
  /** 安全生产监管 */
  '安全生产',
  /** 主体责任、监督责任、违规优惠与奖补 */
  '全面从严治党',
  /** 八项规定、形式主义官僚主义、担当作为 */
  '作风建设',
  /** 教育、拆迁安置、物业等群众身边事 */
  '民生保障',
  /** 生态环境治理和监管 */
  '生态环境',
  /** 重大事项决策、求真务实、统筹发展 */
  '科学决策',
  /** 选人用人制度执行 */
  '选人用人',
  /** 党建责任、基层组织、党员教育管理 */
  '基层党建',
  /** 上轮巡视和审计反馈问题的整改 */
  '整改落实',
] as const;

export type Theme = (typeof THEMES)[number];
