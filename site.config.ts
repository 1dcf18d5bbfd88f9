/**
 * Site settings that are not part of the report: where it is served and the
 * government footer items. Environment variables override the defaults at
 * build time, so one checkout can publish to several places.
 */
export interface SiteConfig {
  /** Public origin, e.g. https://www.jiangyan.gov.cn. Used for the sitemap and absolute links. */
  url: string;
  /** Sub-path the site is served under, with leading and trailing slash, e.g. /xszg/. */
  base: string;
  /** Government footer items (政府网站标识); each is shown only when set. */
  footer: {
    /** 主办单位 */
    sponsor?: string;
    /** 网站标识码 */
    siteCode?: string;
    /** ICP备案号 */
    icp?: string;
    /** 公安机关备案号 */
    publicSecurity?: string;
  };
}

function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const env = process.env;

export const siteConfig: SiteConfig = {
  url: env['SITE_URL'] ?? 'http://localhost:4321',
  base: normaliseBase(env['SITE_BASE']),
  footer: {
    ...(env['SITE_SPONSOR'] ? { sponsor: env['SITE_SPONSOR'] } : { sponsor: '中共泰州市姜堰区委' }),
    ...(env['SITE_CODE'] ? { siteCode: env['SITE_CODE'] } : {}),
    ...(env['SITE_ICP'] ? { icp: env['SITE_ICP'] } : {}),
    ...(env['SITE_PUBLIC_SECURITY'] ? { publicSecurity: env['SITE_PUBLIC_SECURITY'] } : {}),
  },
};
