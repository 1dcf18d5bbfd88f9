/** /data/metrics.csv: every figure of the report, one row per metric; UTF-8 with BOM so Excel opens it. */
import type { APIRoute } from 'astro';
import { loadMetrics } from '../../data/metrics.ts';
import { href } from '../../data/url.ts';
import { rowOf, toCsv } from '../../lib/metrics/rows.ts';

export const GET: APIRoute = async () => {
  const { records } = await loadMetrics();
  return new Response(toCsv(records.map((r) => rowOf(r, href))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
