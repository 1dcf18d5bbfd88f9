/** /<slug>/source-<sha12>.txt: a source text a correction replaced, byte for byte, as kept in the report folder (its 更正记录 links here). */
import type { APIRoute } from 'astro';
import { reportRoutes, type ReportRoute } from '../../data/routes.ts';

// A withdrawn report's texts are no longer offered, the replaced ones neither.
export const getStaticPaths = async () =>
  (await reportRoutes())
    .filter((r) => !r.props.report.data.withdrawn)
    .flatMap((r) => {
      const { corrections } = r.props.report.data;
      // One per text a correction names (the content check has matched each to its file by SHA-256).
      const texts = r.props.report.replaced.filter((t) => corrections.some((c) => c.replacedSha256 === t.sha256));
      return texts.map((t) => ({ params: { report: r.params.report, sha: t.sha256.slice(0, 12) }, props: { ...r.props, text: t.text } }));
    });

export const GET: APIRoute<ReportRoute['props'] & { text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
