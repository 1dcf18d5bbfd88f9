/** /<slug>/data/metrics.json: every figure of one report, one entry per metric (see the data page for the columns). */
import type { APIRoute } from 'astro';
import { loadMetrics } from '../../../data/metrics.ts';
import { reportRoutes, type ReportRoute } from '../../../data/routes.ts';
import { href } from '../../../data/url.ts';
import { jsonReport, toJson } from '../../../lib/metrics/rows.ts';

export const getStaticPaths = reportRoutes;

export const GET: APIRoute<ReportRoute['props']> = async ({ props }) => {
  const { report } = props;
  const { records } = await loadMetrics(report.slug);
  return new Response(toJson([jsonReport(report.slug, report.data)], report.data.withdrawn ? [] : records, href), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
