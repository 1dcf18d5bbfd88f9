/**
 * npm run csp:header [-- dist]
 * Prints the nginx lines that send the built site's Content-Security-Policy
 * and Referrer-Policy as HTTP headers (EDITING.md, 十、发布). Read from the
 * built pages, so the script hash is the one this build inlined.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicy, REFERRER_POLICY } from '../src/lib/security/csp.ts';

const dir = process.argv[2] ?? 'dist';
const policyOf = (file: string): string => {
  const path = join(dir, file);
  if (!existsSync(path)) {
    console.error(`${path}: 没有找到,请先 npm run build / not found; run npm run build first`);
    process.exit(1);
  }
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(path, 'utf8'));
  if (!m?.[1]) {
    console.error(`${path}: 页面中没有 Content-Security-Policy / the page has no Content-Security-Policy meta`);
    process.exit(1);
  }
  return m[1];
};
const line = (policy: string) => `add_header Content-Security-Policy "${policy}" always;`;
console.log(`# /etc/nginx/snippets/xszg-security.conf (所有页面 / every page)
${line(headerPolicy(policyOf('index.html'), { wasm: false }))}
add_header Referrer-Policy "${REFERRER_POLICY}" always;
add_header X-Content-Type-Options "nosniff" always;

# /etc/nginx/snippets/xszg-security-search.conf (搜索页 location /search/,Pagefind 需要 WebAssembly / the search page)
${line(headerPolicy(policyOf('search/index.html'), { wasm: true }))}
add_header Referrer-Policy "${REFERRER_POLICY}" always;
add_header X-Content-Type-Options "nosniff" always;`);
