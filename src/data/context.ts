/**
 * What the layout needs to know of the page it frames: whose words it
 * speaks (巡视 or 巡察), whose contact block it shows, and where feedback
 * goes. A report's pages get that report's; site-level pages the
 * publisher's from site.config.ts. Nothing site-wide comes from one report.
 */
import { siteConfig } from '../../site.config.ts';
import { contactInfo, subjectOf, type ContactInfo } from '../lib/contact/info.ts';
import { reportWords, siteWords, type Words } from '../lib/report/words.ts';
import { feedbackPath } from '../lib/url/paths.ts';
import type { ArchiveModel, ReportModel } from './archive.ts';
import { href } from './url.ts';

export interface PageContext {
  words: Words;
  contact: ContactInfo;
  /** The email subject and envelope note. */
  subject: string;
  /** The report's feedback page, on a report's pages. */
  feedbackHref?: string | undefined;
  /** The report the page belongs to, and who issued it (the site's footer says so: the site's publisher is not every report's issuer). */
  report?: { slug: string; title: string; issuer: string } | undefined;
}

/** The context of a report's pages. */
export function reportContext(r: ReportModel): PageContext {
  const contact = contactInfo(r.contact);
  return {
    words: reportWords(r.data),
    contact,
    subject: subjectOf(contact, r.data.kind),
    feedbackHref: contact.email || contact.address ? href(feedbackPath(r.slug)) : undefined,
    report: { slug: r.slug, title: r.data.title, issuer: r.data.issuer },
  };
}

/** The context of site-level pages: the publisher's contact, words that cover every report. */
export function siteContext(archive: ArchiveModel): PageContext {
  // A withdrawn report no longer speaks for the site: its kind does not word the site's pages.
  const words = siteWords(archive.reports.filter((r) => !r.data.withdrawn).map((r) => r.data.kind));
  const contact: ContactInfo = { ...siteConfig.contact };
  return { words, contact, subject: subjectOf(contact, words.kind) };
}
