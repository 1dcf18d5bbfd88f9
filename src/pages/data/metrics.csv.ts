/** /data/metrics.csv: every figure of every report, one row per metric with its report column; UTF-8 with BOM. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { loadMetrics } from '../../data/metrics.ts';
import { href } from '../../data/url.ts';
import { rowOf, toCsv } from '../../lib/metrics/rows.ts';

export const GET: APIRoute = async () => {
  const { reports } = await loadArchive();
  const live = reports.filter((r) => !r.data.withdrawn);
  const records = (await Promise.all(live.map((r) => loadMetrics(r.slug)))).flatMap((m) => m.records);
  return new Response(toCsv(records.map((r) => rowOf(r, href))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
