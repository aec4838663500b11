import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderLockedError, LOCK_FILE, lockFolder } from '../../src/pipeline/run/generated-lock.ts';
import { PipelineError, runPipeline, startPipeline } from '../../src/pipeline/run/run-pipeline.ts';

let dir: string;
const running: ChildProcess[] = [];

/** A process that runs until the test ends: a build that holds the folder. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  running.push(child);
  return child.pid!;
}

/** The pid of a process that has ended: a build that was killed. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

const holdAs = (pid: number, host = hostname()) => writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host, since: '2026-01-02T03:04:05.000Z' }));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-lock-'));
});
afterEach(async () => {
  for (const child of running.splice(0)) child.kill();
  await rm(dir, { recursive: true, force: true });
});

describe('lockFolder', () => {
  it('writes a lock naming this process and removes it on release', async () => {
    const lock = lockFolder(dir, 'the folder');
    const held = JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'));
    expect(held).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lock.release(); // twice is harmless
  });

  it('refuses a folder held by another running process, naming it and the way out', async () => {
    const pid = liveProcess();
    await holdAs(pid);
    expect(() => lockFolder(dir, 'the folder')).toThrow(FolderLockedError);
    expect(() => lockFolder(dir, 'the folder')).toThrow(new RegExp(`the folder .* is being written by another build \\(process ${pid}, since 2026-01-02T03:04:05.000Z\\): wait for it to finish.*DISPATCH_GENERATED_DIR`));
    // The holder's lock is left as it was.
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(pid);
  });

  it('takes over a lock whose process has ended (a killed build)', async () => {
    await holdAs(await endedPid());
    const lock = lockFolder(dir, 'the folder');
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it("takes over its own process's lock (a dev server's next run)", async () => {
    await holdAs(process.pid);
    lockFolder(dir, 'the folder').release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a lock from another machine, whose process cannot be asked', async () => {
    await holdAs(await endedPid(), `${hostname()}-elsewhere`);
    expect(() => lockFolder(dir, 'the folder')).toThrow(/process \d+ on .*-elsewhere/);
  });

  it('waits out a lock file still being written, but not one unreadable for long', async () => {
    await writeFile(join(dir, LOCK_FILE), '');
    expect(() => lockFolder(dir, 'the folder')).toThrow(/being written by another build: wait/);
    const long = new Date(Date.now() - 60_000);
    await utimes(join(dir, LOCK_FILE), long, long);
    lockFolder(dir, 'the folder').release();
  });

  it("does not remove another process's lock on release", async () => {
    const lock = lockFolder(dir, 'the folder');
    const pid = liveProcess();
    await holdAs(pid); // the lock was taken over while this one still thought it held it
    lock.release();
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(pid);
  });
});

describe('the pipeline and the lock', () => {
  let work: string;
  afterAll(() => rm(work, { recursive: true, force: true }));
  const layout = async () => {
    work = await mkdtemp(join(tmpdir(), 'dispatch-lock-run-'));
    const seedsDir = join(work, 'seeds');
    await mkdir(seedsDir);
    await writeFile(join(seedsDir, 'a.txt'), 'Harbour ferry timetable changes for winter\n\nThe ferry will run every forty minutes from December, the operator said on Tuesday.\n');
    const briefsDir = join(work, 'generated', 'briefs');
    return { seedsDir, briefsDir, reportPath: join(work, 'generated', 'report.json') };
  };

  it('refuses to write a generated folder another build is writing, and writes nothing there', async () => {
    const options = await layout();
    await mkdir(options.briefsDir, { recursive: true });
    dir = options.briefsDir;
    const pid = liveProcess();
    await holdAs(pid);
    const attempt = runPipeline(options);
    await expect(attempt).rejects.toThrow(PipelineError);
    await expect(attempt).rejects.toThrow(new RegExp(`output folder .*briefs is being written by another build \\(process ${pid}`));
    expect(await readdir(options.briefsDir)).toEqual([LOCK_FILE]);
  });

  it('releases the folder once its report is written, or at exit when asked to hold it', async () => {
    const options = await layout();
    await runPipeline(options);
    expect(existsSync(join(options.briefsDir, LOCK_FILE))).toBe(false);
    const held = await startPipeline({ ...options, lockUntilExit: true });
    await held.finished;
    expect(JSON.parse(await readFile(join(options.briefsDir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
  });
});
