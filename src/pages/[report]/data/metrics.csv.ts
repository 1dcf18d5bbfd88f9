/** /<slug>/data/metrics.csv: every figure of one report, one row per metric; UTF-8 with BOM so Excel opens it. */
import type { APIRoute } from 'astro';
import { loadMetrics } from '../../../data/metrics.ts';
import { reportRoutes, type ReportRoute } from '../../../data/routes.ts';
import { href } from '../../../data/url.ts';
import { rowOf, toCsv } from '../../../lib/metrics/rows.ts';

export const getStaticPaths = reportRoutes;

export const GET: APIRoute<ReportRoute['props']> = async ({ props }) => {
  const { report } = props;
  const { records } = await loadMetrics(report.slug);
  return new Response(toCsv((report.data.withdrawn ? [] : records).map((r) => rowOf(r, href))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
