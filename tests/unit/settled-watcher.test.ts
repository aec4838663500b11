import { EventEmitter } from 'node:events';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledWatcher } from '../../src/collections/settled-watcher.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A stand-in for the dev server's watcher, and what a loader listening through settledWatcher heard. */
function listening() {
  const raw = Object.assign(new EventEmitter(), { add: vi.fn() });
  const watcher = settledWatcher(raw as unknown as Watcher, 200);
  const heard: string[] = [];
  for (const event of ['add', 'change', 'unlink', 'ready'] as const) watcher.on(event as 'change', (path: string) => void heard.push(`${event} ${path ?? ''}`.trim()));
  return { raw, watcher, heard };
}

describe('settledWatcher (what the glob loader hears in dev)', () => {
  it('passes a save that empties the file and then writes it on as one change, once the file is quiet', async () => {
    const { raw, heard } = listening();
    raw.emit('change', '/p/content/a.mdx');
    await vi.advanceTimersByTimeAsync(30);
    raw.emit('change', '/p/content/a.mdx');
    await vi.advanceTimersByTimeAsync(150);
    expect(heard).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(heard).toEqual(['change /p/content/a.mdx']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(heard).toHaveLength(1);
  });

  it('keeps files apart, and passes on only the last event of each', async () => {
    const { raw, heard } = listening();
    raw.emit('add', '/p/a.mdx');
    raw.emit('change', '/p/b.mdx');
    raw.emit('unlink', '/p/a.mdx');
    await vi.advanceTimersByTimeAsync(250);
    expect(heard.sort()).toEqual(['change /p/b.mdx', 'unlink /p/a.mdx']);
  });

  it('passes other events on at once, and leaves the watcher\'s other methods alone', async () => {
    const { raw, watcher, heard } = listening();
    raw.emit('ready');
    expect(heard).toEqual(['ready']);
    watcher.add('/p/seeds');
    expect(raw.add).toHaveBeenCalledWith('/p/seeds');
  });
});
