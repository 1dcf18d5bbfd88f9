/**
 * The editors' preview (`npm run dev`) as the site, and its own error page.
 * While the content check (the one `npm run check:content` runs) finds an
 * error, every request for the site gets the project's Chinese error page —
 * file, line, field, expected and found — instead of Astro's English error
 * overlay with its stack and source; the page names what to fix and comes
 * back as the site by itself once the file is fixed: every page of the
 * preview asks for the verdict (src/lib/dev/preview-client.ts, added by
 * src/layouts/Base.astro in dev only). The verdict is the content loaders'
 * (one check per content change, src/data/loaders.ts). Nothing here runs in
 * a build.
 */
import { readFileSync, statSync } from 'node:fs';
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
      'astro:server:setup': async ({ server }) => {
        // Loaded here, so a build never loads them for this.
        const [{ createPreviewGate, gatedRequest }, { contentErrorPage, contentErrorText }, client, { latestVerdict }] = await Promise.all([
          import('../lib/dev/preview-gate.ts'),
          import('../lib/dev/error-page.ts'),
          import('../lib/dev/preview-client.ts'),
          import('../lib/dev/verdict.ts'),
        ]);
        // The content loaders check each change once and post the verdict (src/lib/dev/verdict.ts);
        // a fix waits for Astro's content store to be written (src/lib/dev/preview-gate.ts).
        const store = join(root, '.astro', 'data-store.json');
        const gate = createPreviewGate(latestVerdict, () => {
          try {
            return statSync(store).mtimeMs;
          } catch {
            return undefined;
          }
        });

        const url = (path: string) => `${base}${path.slice(1)}`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '/').split('?', 1)[0];
          if (path === client.PREVIEW_SCRIPT_PATH) {
            res
              .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
              .end(client.PREVIEW_SCRIPT);
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
          res.writeHead(500, {
            'content-type': `text/${kind === 'page' ? 'html' : 'plain'}; charset=utf-8`,
            'cache-control': 'no-store',
            [client.PREVIEW_STATE_HEADER]: gate.state(),
          });
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      },
    },
  };
}
