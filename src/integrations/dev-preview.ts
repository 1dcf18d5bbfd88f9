/**
 * The editors' preview (`npm run dev`) as the site, and its own error page.
 * While the content check (the one `npm run check:content` runs) finds an
 * error, every request for the site gets the project's Chinese error page —
 * file, line, field, expected and found — instead of Astro's English error
 * overlay with its stack and source; the page names what to fix and comes
 * back as the site by itself once the file is fixed: every page of the
 * preview asks for the verdict (src/lib/dev/preview-client.ts, added by
 * src/layouts/Base.astro in dev only). The check runs once per content
 * change. Nothing here runs in a build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface DevPreviewOptions {
  /** The site's name, shown in the error page's header. */
  siteName: string;
}

export function devPreview(options: DevPreviewOptions): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'xszg-dev-preview',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Loaded here, so a build never loads them for this.
        const [{ checkContent }, { readContentFiles }, { createPreviewGate, folderFingerprint, gatedRequest }, { contentErrorPage, contentErrorText }, client, { formatIssues }] = await Promise.all([
          import('../lib/content/run.ts'),
          import('../lib/content/files.ts'),
          import('../lib/dev/preview-gate.ts'),
          import('../lib/dev/error-page.ts'),
          import('../lib/dev/preview-client.ts'),
          import('../lib/issues.ts'),
        ]);
        const gate = createPreviewGate(
          () => checkContent(readContentFiles(root)).errors,
          () => folderFingerprint(join(root, 'content')),
          (errors) => {
            if (errors.length > 0) logger.error(`内容有误，预览显示错误页 / content has errors, the preview shows them:\n${formatIssues(errors)}`);
            else logger.info('内容检查已通过，预览已恢复 / content check passed, the preview shows the site again');
          },
        );

        const url = (path: string) => `${base}${path.slice(1)}`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '/').split('?', 1)[0];
          if (path === client.PREVIEW_SCRIPT_PATH) {
            res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(client.PREVIEW_SCRIPT);
            return;
          }
          if (path === client.PREVIEW_STATE_PATH) {
            res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(gate.state());
            return;
          }
          const kind = gatedRequest(req.method, req.url, req.headers.accept);
          if (!kind) return next();
          const errors = gate.errors();
          if (errors.length === 0) return next();
          const body =
            kind === 'page'
              ? contentErrorPage({
                  issues: errors,
                  siteName: options.siteName,
                  home: base,
                  css: readFileSync(join(root, 'src/styles/global.css'), 'utf8'),
                  script: url(client.PREVIEW_SCRIPT_PATH),
                  poll: url(client.PREVIEW_STATE_PATH),
                  state: gate.state(),
                })
              : contentErrorText(errors);
          res.writeHead(500, { 'content-type': `text/${kind === 'page' ? 'html' : 'plain'}; charset=utf-8`, 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      },
    },
  };
}
