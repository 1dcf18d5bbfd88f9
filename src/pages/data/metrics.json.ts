/** /data/metrics.json: every figure of the report, one entry per metric (see the data page for the columns). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { loadMetrics } from '../../data/metrics.ts';
import { href } from '../../data/url.ts';
import { toJson } from '../../lib/metrics/rows.ts';

export const GET: APIRoute = async () => {
  const { report } = await loadSite();
  const { records } = await loadMetrics();
  return new Response(toJson({ title: report.title, issuer: report.issuer, date: report.date }, records, href), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
