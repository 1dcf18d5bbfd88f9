/** The shipped report as the content check reads it (no Astro): its slug, data, contact block, source and section entries. */
import { readFolders } from '../../src/lib/content/folders.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { partOf } from '../../src/lib/report/walk.ts';
import type { ContactData, ReportData } from '../../src/schemas/report.ts';
import type { SectionData } from '../../src/schemas/section.ts';
import type { AllowlistEntry } from '../../src/schemas/metric.ts';

export const SHIPPED_SLUG = '2022-12-20-jiangyan';

export interface ShippedSection {
  file: string;
  data: SectionData;
  /** Body paragraphs as a reader sees them. */
  paragraphs: string[];
}

export interface Shipped {
  slug: string;
  dir: string;
  data: ReportData;
  contact: ContactData;
  source: string;
  /** Its metrics-allowlist.yaml's entries, validated by the real schema. */
  allowlist: AllowlistEntry[];
  /** Its section entries in number order, validated by the real schema. */
  sections: ShippedSection[];
}

/** Reads the shipped report folder; throws if it does not check clean enough to read. */
export function shipped(): Shipped {
  const folder = readFolders(readContentFiles('.')).reports.find((r) => r.slug === SHIPPED_SLUG);
  const data = folder?.report?.data;
  const contact = data ? partOf(data, 'contact') : undefined;
  if (!folder || !data || !contact || !folder.source) throw new Error(`content/reports/${SHIPPED_SLUG}/ must read`);
  const sections = folder.sections.map((x) => ({ file: x.file, data: x.data, paragraphs: x.paragraphs }));
  return {
    slug: SHIPPED_SLUG,
    dir: folder.dir,
    data,
    contact,
    source: folder.source.content,
    allowlist: folder.allowlist?.data?.entries ?? [],
    sections,
  };
}
