// The registry mirror these machines use serves only linux-glibc builds of platform-specific packages, so
// `npm install` writes a lockfile without the other platforms' optional binaries (biome, duckdb) and
// `npm ci` then refuses it as out of sync. This adds an entry for each missing one, with the os/cpu/libc
// npm uses to skip it here (and to install it on the platform it is for). Idempotent.
// Usage: node .ci/complete-lockfile.mjs package-lock.json
import { readFileSync, writeFileSync } from 'node:fs';
const path = process.argv[2];
const lock = JSON.parse(readFileSync(path, 'utf8'));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = key ? `${key}/node_modules/${name}` : `node_modules/${name}`;
    const top = `node_modules/${name}`;
    if (lock.packages[base] || lock.packages[top]) continue;
    const m = /-(android|darwin|linux|win32|freebsd)-(arm64|x64|ia32|arm)(-(musl|gnu|msvc))?$/.exec(name);
    if (!m) { console.error('cannot infer platform for', name); continue; }
    const stub = { version, dev: entry.dev, optional: true, os: [m[1]], cpu: [m[2]] };
    if (!entry.dev) delete stub.dev;
    if (m[1] === 'linux') stub.libc = [m[4] === 'musl' ? 'musl' : 'glibc'];
    lock.packages[top] = stub;
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
if (added.length > 0) console.log(`lockfile: added ${added.length} platform entries: ${added.join(', ')}`);
