/**
 * The contact details a page shows: a report's printed contact block, or the
 * publisher's from the site settings. Any item may be missing, as in the
 * reports themselves; nothing here invents one.
 */
import type { ContactData, InspectionKind } from '../../schemas/report.ts';

/** Whatever contact items are known; every one optional. */
export interface ContactInfo {
  phone?: string | undefined;
  address?: string | undefined;
  envelopeNote?: string | undefined;
  postcode?: string | undefined;
  email?: string | undefined;
  web?: string | undefined;
}

/** The items of a printed contact block. */
export function contactInfo(c: ContactData | undefined): ContactInfo {
  if (!c) return {};
  const { phone, address, envelopeNote, postcode, email, web } = c;
  return { phone, address, envelopeNote, postcode, email, web };
}

/** True when there is anything to show. */
export function hasContact(c: ContactInfo): boolean {
  return Boolean(c.phone || c.address || c.email || c.web);
}

/**
 * The email subject and letter title: the envelope note the report prints
 * (巡视整改监督意见), else words made from the report's kind (巡察整改意见).
 */
export function subjectOf(c: ContactInfo, kind: InspectionKind | string): string {
  return c.envelopeNote ?? `${kind}整改意见`;
}
