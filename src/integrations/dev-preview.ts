/**
 * The editors' preview (`npm run dev`) as the site, and its own error page.
 * While the content check (the one `npm run check:content` runs) finds an
 * error, every page request gets the project's Chinese error page — file,
 * line, field, expected and found — instead of Astro's English error overlay
 * with its stack and source; after each change under content/ the check runs
 * again and the open page reloads when the verdict changed, so a fixed file
 * brings the site back with no restart. Nothing here runs in a build.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface DevPreviewOptions {
  /** The site's name, shown in the error page's header. */
  siteName: string;
}

/** Changes within this many milliseconds are checked once (an editor's save can be several file events). */
const SETTLE_MS = 100;

export function devPreview(options: DevPreviewOptions): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'xszg-dev-preview',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Loaded here, so a build never loads the dev page's modules for this.
        const [{ checkContent }, { readContentFiles }, { createPreviewGate, isPageRequest }, { contentErrorPage }, { formatIssues }] = await Promise.all([
          import('../lib/content/run.ts'),
          import('../lib/content/files.ts'),
          import('../lib/dev/preview-gate.ts'),
          import('../lib/dev/error-page.ts'),
          import('../lib/issues.ts'),
        ]);
        const contentDir = join(root, 'content');
        const inContent = (path: string) => {
          const r = relative(contentDir, path);
          return r !== '' && !r.startsWith('..') && !isAbsolute(r);
        };
        const gate = createPreviewGate(() => checkContent(readContentFiles(root)).errors);

        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event: string, path: string) => {
          if (!inContent(path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (!gate.recheck()) return;
            const errors = gate.errors();
            if (errors.length > 0) logger.error(`内容有误，预览显示错误页 / content has errors, the preview shows them:\n${formatIssues(errors)}`);
            else logger.info('内容检查已通过，预览已恢复 / content check passed, the preview shows the site again');
            server.ws.send({ type: 'full-reload', path: '*' });
          }, SETTLE_MS);
        });

        server.middlewares.use((req, res, next) => {
          if (!isPageRequest(req.method, req.url, req.headers.accept)) return next();
          const errors = gate.errors();
          if (errors.length === 0) return next();
          const html = contentErrorPage({
            issues: errors,
            siteName: options.siteName,
            home: base,
            css: readFileSync(join(root, 'src/styles/global.css'), 'utf8'),
            client: `${server.config.base}@vite/client`,
          });
          res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : html);
        });
      },
    },
  };
}
