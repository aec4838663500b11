import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentEnv, ROOT } from '../helpers/build-site.ts';

let dev: ChildProcess;
let work: string;
let generatedDir: string;
let contentDir: string;
let origin: string;

/**
 * Polls until the dev server shows a change. The unit tests run beside this file, so on a loaded
 * 2-core machine one re-render has taken over 20 s; a wait that succeeds costs only its time.
 */
async function until<T>(probe: () => Promise<T | undefined>, what: string, ms = 45_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const home = async () => (await fetch(`${origin}/`)).text();

/**
 * Saves a file as editors often do: emptied, then written a moment later. The watcher reports the
 * first change and drops a second one this close to it, so whatever reads the file on the first
 * event alone reads it empty.
 */
async function saveInTwoSteps(path: string, text: string): Promise<void> {
  const file = await open(path, 'w');
  await new Promise((r) => setTimeout(r, 20));
  await file.writeFile(text);
  await file.close();
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'dispatch-dev-'));
  await mkdir(join(work, 'seeds'));
  await writeFile(join(work, 'seeds', 'first.txt'), 'The first seed for the dev server\n\nIt exists before the server starts.\n');
  generatedDir = join(ROOT, 'generated', `test-dev-${process.pid}`);
  // Hand-written briefs must live inside the project (Astro's glob loader reads only there).
  contentDir = join(ROOT, 'generated', `test-dev-content-${process.pid}`);
  await mkdir(contentDir, { recursive: true });
  await writeFile(join(contentDir, 'live.mdx'), brief('The harbour board met on Monday to discuss the fees.'));
  const port = 4400 + (process.pid % 500);
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...parentEnv(), DISPATCH_SEEDS_DIR: join(work, 'seeds'), DISPATCH_GENERATED_DIR: relative(ROOT, generatedDir), DISPATCH_CONTENT_DIR: relative(ROOT, contentDir), DISPATCH_CACHE_DIR: join(work, 'cache') },
    stdio: 'ignore',
  });
  await until(async () => ((await home()).includes('The first seed for the dev server') ? true : undefined), 'the dev server', 60_000);
});

afterAll(async () => {
  dev?.kill();
  await rm(work, { recursive: true, force: true });
  await rm(generatedDir, { recursive: true, force: true });
  await rm(contentDir, { recursive: true, force: true });
});

function brief(body: string, frontmatter = ''): string {
  return `---\ntitle: A brief edited while the server runs\noutlet: Dispatch\n${frontmatter}---\n\n${body}\n`;
}

const livePage = async () => (await fetch(`${origin}/briefs/live/`)).text();

// Each test waits for several edits in turn (see until).
describe('astro dev', { timeout: 180_000 }, () => {
  it('picks up a new, a changed and a deleted seed without a restart', async () => {
    const seed = join(work, 'seeds', 'second.txt');
    await writeFile(seed, 'A second seed added while running\n\nOriginal body.\n');
    const link = await until(async () => /href="(\/briefs\/a-second-seed[^"]+)"/.exec(await home())?.[1], 'the new seed');
    await saveInTwoSteps(seed, 'A second seed added while running\n\nEdited body.\n');
    await until(async () => ((await (await fetch(`${origin}${link}`)).text()).includes('Edited body.') ? true : undefined), 'the edit');
    await rm(seed);
    await until(async () => (!(await home()).includes('A second seed added') ? true : undefined), 'the deletion');
    expect((await home()).includes('The first seed for the dev server')).toBe(true);
  });

  it('shows a hand-written brief\'s flags and links as the file is edited', async () => {
    expect(await livePage()).not.toContain('class="flags-panel"');
    const file = join(contentDir, 'live.mdx');
    const loaded = 'The harbour board met on Monday. The vote was a humiliating defeat for the mayor.';
    await saveInTwoSteps(file, brief(loaded));
    // The mark (made when the MDX compiles) and the panel (from the collection's entry) each follow the edit.
    await until(async () => (/<mark[^>]*>humiliating<\/mark>/.test(await livePage()) ? true : undefined), 'the new flag\'s mark');
    await until(async () => (/class="flags-panel"[\s\S]*Loaded language/.test(await livePage()) ? true : undefined), 'the flags panel');
    const aside = 'flags:\n  - kind: loaded-language\n    text: humiliating\n    reason: An emotive word.\n    suppressed:\n      reason: The mayor used the word himself.\ntopics: [domestic-politics]\n';
    await writeFile(file, brief(loaded, aside));
    await until(async () => ((await livePage()).includes('set aside because The mayor used the word himself.') ? true : undefined), 'the flag set aside');
    expect(await livePage()).not.toMatch(/<mark[^>]*>humiliating<\/mark>/);
    // The topic comes from the link stage, which the loader re-runs on the edit.
    await until(async () => ((await livePage()).includes('/topics/domestic-politics/') ? true : undefined), 'the topic the author added');
  });
});
