/**
 * One reading of the content tree for all the site's collections. Astro runs
 * each collection's loader on its own (side by side in one sync, or one
 * alone when it is refreshed), each with its own store; they share one
 * reading: the first loader to ask reads (and checks), the others take that
 * reading, and a loader that asks again (the next sync) starts a new one.
 * Once every collection has taken it, the reading is let go, so a build does
 * not keep the parsed tree after its loaders are done.
 *
 * Watched (astro dev), a change under content/ makes one new reading that
 * every collection's `apply` gets, one after another; changes that come
 * while that reading waits to start are covered by it.
 */

/** What of a file watcher this needs (Vite's chokidar watcher has it). */
export interface ContentWatcher {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
  off(event: 'all', listener: (event: string, path: string) => void): unknown;
}

/** A reading and its number: a new number for each reading of this sharer. */
export interface Numbered<T> {
  value: T;
  reading: number;
}

export interface SharedReading<T> {
  /** The reading for this collection's load. */
  take(collection: string): Numbered<T>;
  /**
   * From now on, each change `isContent` accepts gives `apply` of this
   * collection a new reading; `onError` gets what a reading or an apply threw.
   */
  watch(
    collection: string,
    watcher: ContentWatcher,
    isContent: (path: string) => boolean,
    apply: (r: Numbered<T>) => Promise<void>,
    onError: (e: unknown) => void,
  ): void;
}

/** A sharer of `read` among the named collections. */
export function sharedReading<T>(read: () => T, collections: readonly string[]): SharedReading<T> {
  let count = 0;
  let current: { r: Numbered<T>; takers: Set<string> } | undefined;
  const next = (): Numbered<T> => ({ value: read(), reading: ++count });

  const appliers = new Map<string, (r: Numbered<T>) => Promise<void>>();
  let report: (e: unknown) => void = () => {};
  let queue: Promise<void> = Promise.resolve();
  let pending = false;
  const listener = (_event: string, path: string) => {
    if (!accepts(path) || pending) return;
    pending = true;
    queue = queue
      .then(async () => {
        pending = false;
        const r = next();
        for (const apply of appliers.values()) await apply(r);
      })
      .catch((e: unknown) => report(e));
  };
  let accepts: (path: string) => boolean = () => false;
  let watched: ContentWatcher | undefined;

  return {
    take(collection) {
      if (!current || current.takers.has(collection)) current = { r: next(), takers: new Set() };
      current.takers.add(collection);
      const { r } = current;
      if (collections.every((c) => current?.takers.has(c))) current = undefined;
      return r;
    },
    watch(collection, watcher, isContent, apply, onError) {
      appliers.set(collection, apply);
      accepts = isContent;
      report = onError;
      // One listener, whichever collection registers it; a new sync may bring a new watcher.
      watched?.off('all', listener);
      watcher.off('all', listener);
      watcher.on('all', listener);
      watched = watcher;
    },
  };
}
