import { joinBase } from '../lib/url/paths.ts';

/** A site path with the configured base path in front. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
