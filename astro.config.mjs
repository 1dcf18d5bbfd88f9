// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeMeasures from './src/lib/markdown/rehype-measures.ts';
import { siteConfig } from './site.config.ts';
import { devPreview } from './src/integrations/dev-preview.ts';
import { siteEnvProblem } from './src/lib/config/env.ts';

// Every site setting from the environment is checked before Astro starts (`astro build`, `astro dev`):
// a bad one stops here with its name and what was expected, not deep in the bundler. Printed and
// exited rather than thrown, which Astro would print with a stack trace. (npm run build checks first.)
const envProblem = siteEnvProblem(process.env);
if (envProblem) {
  console.error(envProblem);
  process.exit(1);
}

// Served under a sub-path such as /xszg/? Set SITE_BASE=/xszg/ at build time.
export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // concurrency: pages render 4 at a time, so one page's file is written while
  // the next renders (the same files, sooner and for less CPU than one at a time).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7's default processor runs no rehype plugins; unified() does.
    // smartypants off: it would turn "…" into ”…”, -- into — and ... into …, and
    // the report is published verbatim. gfm off: GFM would turn a printed web
    // address or email into a link (and tables, ~strikes~ into markup) that the
    // content check, which reads the body without GFM, would never see.
    // A section's figures are placed by its renderer after these plugins, after the measure blocks
    // rehypeMeasures makes (src/data/loaders.ts, src/lib/metrics/figure-places.ts).
    processor: unified({ smartypants: false, gfm: false, rehypePlugins: [rehypeMeasures] }),
  },
  // The sitemap lists every page; the accessibility and link tests read it. devPreview: the
  // project's own Chinese error page in `astro dev` while the content check fails (nothing in a build).
  integrations: [devPreview({ siteName: siteConfig.name }), sitemap()],
  vite: {
    build: {
      // Never inline bundled scripts or styles: every inline text must be hashed
      // into the page's Content-Security-Policy (src/lib/security/csp.ts), and
      // only the layout's own inline script and style are known when it renders.
      assetsInlineLimit: 0,
    },
  },
});
