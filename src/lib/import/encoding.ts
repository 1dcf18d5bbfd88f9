/**
 * The importer's decoder lives in src/lib/text/encoding.ts, shared with the
 * content check's UTF-8 check (src/lib/fidelity/exact.ts) without making
 * content depend on import.
 */
export { decodeReport } from '../text/encoding.ts';
