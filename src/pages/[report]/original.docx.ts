/** /<slug>/original.docx: the Word document a report was imported from, byte for byte, as the content reader kept it (a saved web page is never published). */
import type { APIRoute } from 'astro';
import { reportRoutes, type ReportRoute } from '../../data/routes.ts';

// A withdrawn report's files are no longer offered; its pages say it was withdrawn.
export const getStaticPaths = async () =>
  (await reportRoutes()).filter((r) => !r.props.report.data.withdrawn && r.props.report.original?.docx !== undefined);

export const GET: APIRoute<ReportRoute['props']> = ({ props }) =>
  new Response(Buffer.from(props.report.original?.docx ?? '', 'base64'), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
