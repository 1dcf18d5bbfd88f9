/**
 * Site settings that belong to no one report: the site's name and
 * publisher, the publisher's contact block for site-level pages (archive,
 * search, 404), where it is served, the government footer items, and the
 * report the old flat addresses (/sections/06/) of the first edition point
 * to. Environment variables override the defaults at build time, so one
 * checkout can publish to several places.
 */
export interface PublisherContact {
  phone?: string;
  address?: string;
  envelopeNote?: string;
  postcode?: string;
  email?: string;
  web?: string;
}

export interface SiteConfig {
  /** The site's name, in the header and page titles. */
  name: string;
  /** Who publishes the site. */
  publisher: string;
  /** The publisher's contact, shown on site-level pages; each report's pages show that report's own. */
  contact: PublisherContact;
  /** The report whose pages the first edition published at /sections/NN/, /feedback/ and /data/; those addresses redirect there. */
  legacyReport?: string;
  /** Public origin, e.g. https://www.jiangyan.gov.cn. Used for the sitemap and absolute links. */
  url: string;
  /** The public origin only when SITE_URL sets it: what a page's QR code may point to (never the localhost default). */
  publicUrl?: string;
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
  name: env['SITE_NAME'] ?? '中共泰州市姜堰区委整改情况公开',
  publisher: env['SITE_PUBLISHER'] ?? '中共泰州市姜堰区委',
  contact: {
    phone: '0523-88101627',
    address: '泰州市姜堰区上海路1号姜堰区委办公室',
    envelopeNote: '巡视整改监督意见',
    postcode: '225500',
    email: 'jyqxcb2017@163.com',
  },
  legacyReport: '2022-12-20-jiangyan',
  url: env['SITE_URL'] ?? 'http://localhost:4321',
  ...(env['SITE_URL'] ? { publicUrl: env['SITE_URL'] } : {}),
  base: normaliseBase(env['SITE_BASE']),
  footer: {
    ...(env['SITE_SPONSOR'] ? { sponsor: env['SITE_SPONSOR'] } : { sponsor: '中共泰州市姜堰区委' }),
    ...(env['SITE_CODE'] ? { siteCode: env['SITE_CODE'] } : {}),
    ...(env['SITE_ICP'] ? { icp: env['SITE_ICP'] } : {}),
    ...(env['SITE_PUBLIC_SECURITY'] ? { publicSecurity: env['SITE_PUBLIC_SECURITY'] } : {}),
  },
};
