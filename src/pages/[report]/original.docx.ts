/** /<slug>/original.docx: the Word document a report was imported from, byte for byte (src/data/original.ts; a saved web page is never published). */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { reportOriginal } from '../../data/original.ts';
import { reportRoutes, type ReportRoute } from '../../data/routes.ts';

// A withdrawn report's files are no longer offered; its pages say it was withdrawn.
export const getStaticPaths = async () => (await reportRoutes()).filter((r) => !r.props.report.data.withdrawn && reportOriginal(r.props.report.slug)?.kind === 'docx');

export const GET: APIRoute<ReportRoute['props']> = ({ props }) =>
  new Response(readFileSync(reportOriginal(props.report.slug)?.file ?? ''), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
