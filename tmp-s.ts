import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
const m = (js: string) => transformSync(js, { minify: true, target: 'es5', legalComments: 'none' }).code.trim();
const out = m(readFileSync('src/lib/reading/inline.js', 'utf8'));
console.log(Buffer.byteLength(out)); console.log(out.slice(-700));
