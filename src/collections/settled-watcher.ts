import type { LoaderContext } from 'astro/loaders';
import { RERUN_QUIET_MS } from './debounced-runs.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;
type PathListener = (path: string) => unknown;

/** The events that say a file's contents changed; a loader reads the file on each. */
const FILE_EVENTS = new Set(['add', 'change', 'unlink']);

/**
 * The dev watcher as a loader that reads files should hear it: a file's add, change and unlink
 * are passed on once the file has been quiet for `quietMs`, as its last event alone. A save that
 * empties a file and writes it a moment later gets one event from the watcher, which drops a
 * second change this close to the first (see RERUN_QUIET_MS); Astro's glob loader, hearing it at
 * once, read the empty file, failed its schema and kept the old entry until the next save.
 * Listeners on other events, and every other method, are the watcher's own.
 */
export function settledWatcher(watcher: Watcher, quietMs = RERUN_QUIET_MS): Watcher {
  const listeners = new Map<string, PathListener[]>();
  const pending = new Map<string, { event: string; timer: ReturnType<typeof setTimeout> }>();
  const deliver = (path: string) => {
    const last = pending.get(path);
    pending.delete(path);
    for (const listener of (last && listeners.get(last.event)) ?? []) void listener(path);
  };
  const hear = (event: string) => (path: string) => {
    const previous = pending.get(path);
    if (previous) clearTimeout(previous.timer);
    pending.set(path, { event, timer: setTimeout(() => deliver(path), quietMs) });
  };
  const settled: Watcher = new Proxy(watcher, {
    get(target, property) {
      if (property === 'on') {
        return (event: string, listener: PathListener) => {
          if (!FILE_EVENTS.has(event)) {
            target.on(event as 'change', listener);
            return settled;
          }
          // One subscription an event; its listeners hear the file's last event once it is quiet.
          if (!listeners.has(event)) {
            listeners.set(event, []);
            target.on(event as 'change', hear(event));
          }
          listeners.get(event)!.push(listener);
          return settled;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return settled;
}
