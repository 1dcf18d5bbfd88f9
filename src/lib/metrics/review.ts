/**
 * What is written for editors, not readers: the importer's 待核对 reason on
 * allowlist entries and the fields that mark a figure as still to review.
 * The content check lists them as warnings; nothing of them is published
 * (the data pages show allowlist reasons through publicReason; metrics.json
 * leaves `proposed` out through publicMetric in ./rows.ts).
 */

/** The reason the importer writes on allowlist entries it lists; check:content warns while any entry still carries it. */
export const TO_REVIEW = '待核对（导入时自动列入）：请改为指标，或写明不列为指标的原因 / to review: listed by the importer';

/** An allowlist entry's reason as readers may see it: none while it is still the importer's 待核对. */
export function publicReason(reason: string): string | undefined {
  return reason === TO_REVIEW ? undefined : reason;
}

/** The still-to-review entries of an allowlist, each as 第N项“…”, for the one warning that lists them. */
export function toReviewList(entries: readonly { section: number; context: string; reason: string }[]): string[] {
  return entries.filter((e) => e.reason === TO_REVIEW).map((e) => `${e.section === 0 ? '通报自身段落' : `第${e.section}项`}“${e.context}”`);
}
