/** /<slug>/source.txt: the stored source text, byte for byte, for anyone who wants to check its SHA-256. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { reportRoutes, type ReportRoute } from '../../data/routes.ts';
import { REPORTS_DIR, SOURCE_FILE } from '../../lib/content/layout.ts';

// A withdrawn report's text is no longer offered; its pages say it was withdrawn.
export const getStaticPaths = async () => (await reportRoutes()).filter((r) => !r.props.report.data.withdrawn);

export const GET: APIRoute<ReportRoute['props']> = ({ props }) =>
  new Response(readFileSync(`content/${REPORTS_DIR}/${props.report.slug}/${SOURCE_FILE}`), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
