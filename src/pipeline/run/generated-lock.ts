import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * A lock on the folder a pipeline writes: two builds writing one generated folder replace
 * each other's files while the other's pages still read them, which fails late and cryptically
 * (a record the index lists is gone). The second build is refused at once instead, naming
 * the first. A lock left by a process that no longer runs (killed, crashed) is taken over.
 */
export interface FolderLock {
  /** Removes the lock (idempotent); it is also removed when the process exits. */
  release(): void;
}

/** What the lock file holds: enough to name the holder and to tell whether it still runs. */
interface Holder {
  pid: number;
  host: string;
  since: string;
}

export const LOCK_FILE = '.build.lock';

/** A lock file that cannot be read is being written by its holder, unless it is older than this. */
const UNREADABLE_GRACE_MS = 10_000;

/** Thrown when another running process holds the folder. */
export class FolderLockedError extends Error {}

/** Locks `dir` (which must exist) for this process, or throws FolderLockedError naming the process that holds it. */
export function lockFolder(dir: string, label: string): FolderLock {
  const path = join(dir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      return heldAt(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    // Taken over once: a second clash means another process took the lock in between.
    if (attempt === 0 && mayTakeOver(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    throw new FolderLockedError(lockedMessage(dir, label, holder === 'stale' ? 'busy' : holder));
  }
}

function heldAt(path: string): FolderLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    // Only our own lock: a process that took over a lock we no longer held keeps its own.
    const holder = readHolder(path);
    if (holder !== 'stale' && holder !== 'busy' && holder.pid === process.pid && holder.host === hostname()) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return { release };
}

/** The holder, 'busy' while its file is being written, 'stale' when it is gone or unreadable for long. */
function readHolder(path: string): Holder | 'busy' | 'stale' {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.since === 'string') return parsed as Holder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'stale';
  }
  const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return age > UNREADABLE_GRACE_MS ? 'stale' : 'busy';
}

/** A lock gone or unreadable for long, our own process's (a dev server's next run), or one whose process has ended. */
function mayTakeOver(holder: Holder | 'busy' | 'stale'): boolean {
  if (holder === 'stale') return true;
  if (holder === 'busy') return false;
  return (holder.pid === process.pid && holder.host === hostname()) || !isRunning(holder);
}

/** Whether the holder still runs; a process on another machine (a shared folder) cannot be asked, so it is taken to. */
function isRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedMessage(dir: string, label: string, holder: Holder | 'busy'): string {
  const who = holder === 'busy' ? 'another build' : `another build (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, since ${holder.since})`;
  return (
    `${label} ${dir} is being written by ${who}: wait for it to finish, or give this build a folder of its own ` +
    `with DISPATCH_GENERATED_DIR. If no build is running there, delete ${join(dir, LOCK_FILE)}.`
  );
}
