/** The reason the importer writes on allowlist entries it lists; check:content warns while any entry still carries it. */
export const TO_REVIEW = '待核对（导入时自动列入）：请改为指标，或写明不列为指标的原因 / to review: listed by the importer';
