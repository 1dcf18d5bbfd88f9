/** /data/metrics.json: every figure of every report, each with its report column. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive.ts';
import { loadMetrics } from '../../data/metrics.ts';
import { href } from '../../data/url.ts';
import { jsonReport, toJson } from '../../lib/metrics/rows.ts';

export const GET: APIRoute = async () => {
  const { reports } = await loadArchive();
  const live = reports.filter((r) => !r.data.withdrawn);
  const records = (await Promise.all(live.map((r) => loadMetrics(r.slug)))).flatMap((m) => m.records);
  return new Response(
    toJson(
      live.map((r) => jsonReport(r.slug, r.data)),
      records,
      href,
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
