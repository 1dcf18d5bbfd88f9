/** /<slug>/source-<sha12>.txt: a source text a correction replaced, byte for byte, as kept in the report folder (its 更正记录 links here). */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { reportRoutes, type ReportRoute } from '../../data/routes.ts';
import { REPORTS_DIR, archivedSourceName } from '../../lib/content/layout.ts';

// A withdrawn report's texts are no longer offered, the replaced ones neither.
export const getStaticPaths = async () =>
  (await reportRoutes())
    .filter((r) => !r.props.report.data.withdrawn)
    .flatMap((r) => [...new Set(r.props.report.data.corrections.map((c) => c.replacedSha256.slice(0, 12)))].map((sha) => ({ params: { report: r.params.report, sha }, props: r.props })));

export const GET: APIRoute<ReportRoute['props'], { report: string; sha: string }> = ({ props, params }) =>
  new Response(readFileSync(`content/${REPORTS_DIR}/${props.report.slug}/${archivedSourceName(params.sha)}`), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
