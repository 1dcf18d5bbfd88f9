/** /<slug>/source.txt: the stored source text, byte for byte (UTF-8, as the content check requires), for anyone who wants to check its SHA-256. */
import type { APIRoute } from 'astro';
import { reportRoutes, type ReportRoute } from '../../data/routes.ts';

// A withdrawn report's text is no longer offered; its pages say it was withdrawn.
export const getStaticPaths = async () => (await reportRoutes()).filter((r) => !r.props.report.data.withdrawn);

export const GET: APIRoute<ReportRoute['props']> = ({ props }) =>
  new Response(props.report.source.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
