// Adds lockfile entries for platform-specific optional packages that npm could not
// record because the registry this project installs from lacks that platform's build
// (e.g. @pagefind/darwin-x64). Without them `npm ci` refuses the lockfile as out of
// sync. Each entry carries os/cpu, so npm skips it on every other platform and never
// fetches it. Run after `npm install` changes the lockfile: `npm run lock:complete`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc from a platform package name such as "linux-arm64-musl" or "win32-x64-msvc". */
function platformOf(name) {
  const tail = name.split('/').pop();
  const os = ['darwin', 'linux', 'win32', 'windows', 'freebsd', 'android', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'].find((o) => tail.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 's390x', 'ppc64', 'loong64', 'wasm32'].find((c) => new RegExp(`(^|-)${c}(-|$)`).test(tail));
  if (!cpu) return null;
  const entry = { cpu: [cpu] };
  if (os) entry.os = [os === 'windows' ? 'win32' : os];
  if (/-musl$/.test(tail)) entry.libc = ['musl'];
  if (/-gnu$/.test(tail)) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const prefix = path === '' ? '' : `${path}/`;
    const candidates = [`${prefix}node_modules/${dep}`, `node_modules/${dep}`];
    if (candidates.some((c) => packages[c])) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[`node_modules/${dep}`] = { version, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
