/**
 * The site's settings from the environment (read by site.config.ts),
 * checked before anything is built: a value that is not what its setting
 * means never reaches a page, an inline script or the bundler. Each
 * problem names the setting, what was expected and what was found, Chinese
 * first. Pure: the environment in, problems out; scripts/build.ts and
 * astro.config.mjs (so `astro build` and `astro dev` too) refuse to start
 * on any.
 */
import { formatIssues, type Issue } from '../issues.ts';
import { findRefused, spellOutRefused } from '../text/characters.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Shows a found value briefly, with every refused character spelled out. */
function found(value: string): string {
  const cut = [...value].length > 60 ? `${[...value].slice(0, 57).join('')}…` : value;
  return `"${spellOutRefused(cut)}"`;
}

/** One path segment: letters, digits and the URL-safe marks. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** SITE_BASE: a sub-path of path characters only (slashes at either end optional), or unset. */
function baseProblem(value: string): string | null {
  const inner = value.replace(/^\/|\/$/g, '');
  if (value === '' || value === '/') return null;
  const segments = inner.split('/');
  if (segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')) return null;
  return `应为网站所在的子路径，只含字母、数字和 - . _ ~，以 / 分隔（如 /xszg/），实为 ${found(value)} / expected the sub-path the site is served under, of letters, digits and - . _ ~ separated by / (e.g. /xszg/), found ${found(value)}`;
}

/** SITE_URL: an http(s) origin (scheme, host, optional port), or unset. */
function urlProblem(value: string): string | null {
  const wrong = `应为网站的 http 或 https 公开地址，只写协议和域名（如 https://www.example.gov.cn；子路径写在 SITE_BASE 中），实为 ${found(value)} / expected the site's public http(s) origin, scheme and host only (e.g. https://www.example.gov.cn; a sub-path goes in SITE_BASE), found ${found(value)}`;
  if (!/^https?:\/\//i.test(value) || /[\s"'<>\\`{}|^]/.test(value) || findRefused(value).length > 0) return wrong;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return wrong;
  }
  // Only an origin: no user, path, query or fragment (the URL parser keeps them in href).
  return url.hostname !== '' && `${url.origin}/` === url.href ? null : wrong;
}

/** A text shown on every page (site name, footer items): plain text of one line. */
function textProblem(value: string, required: boolean): string | null {
  if (value.trim() === '') return required ? `应为一行文字，实为空 / expected a line of text, found an empty value` : null;
  const chars = findRefused(value);
  if (/[<>]/.test(value) || chars.length > 0 || [...value].length > 200) {
    const why = chars.length > 0 ? `（含 ${chars[0]?.name}）` : /[<>]/.test(value) ? '（含网页标记 < >）' : '（超过 200 字）';
    const whyEn =
      chars.length > 0 ? ` (it holds ${chars[0]?.name})` : /[<>]/.test(value) ? ' (it holds markup < >)' : ' (longer than 200 characters)';
    return `应为一行不超过 200 字的文字，不含网页标记（< >）和控制字符，实为 ${found(value)}${why} / expected one line of plain text of at most 200 characters, without markup (< >) or control characters, found ${found(value)}${whyEn}`;
  }
  return null;
}

/** Every environment setting site.config.ts reads, and its rule. */
export const SITE_ENV: Readonly<Record<string, (value: string) => string | null>> = {
  SITE_BASE: baseProblem,
  SITE_URL: urlProblem,
  SITE_NAME: (v) => textProblem(v, true),
  SITE_PUBLISHER: (v) => textProblem(v, true),
  SITE_SPONSOR: (v) => textProblem(v, false),
  SITE_CODE: (v) => textProblem(v, false),
  SITE_ICP: (v) => textProblem(v, false),
  SITE_PUBLIC_SECURITY: (v) => textProblem(v, false),
};

/** The problems of the environment's site settings, each as an issue whose "file" is the setting's name. */
export function siteEnvIssues(env: Env): Issue[] {
  const issues: Issue[] = [];
  for (const [name, rule] of Object.entries(SITE_ENV)) {
    const value = env[name];
    if (value === undefined) continue;
    const problem = rule(value);
    if (problem) issues.push({ file: name, field: '环境变量 / environment setting', message: problem });
  }
  return issues;
}

/** Null when every site setting is good; else the message that stops the build (every problem, setting first). */
export function siteEnvProblem(env: Env): string | null {
  const issues = siteEnvIssues(env);
  if (issues.length === 0) return null;
  return `环境变量设置有误，共 ${issues.length} 处，未构建任何内容 / ${issues.length} environment setting(s) wrong; nothing was built:\n${formatIssues(issues)}`;
}
