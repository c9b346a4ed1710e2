import { type LoadedTables, listTableFiles, loadColumnTables } from './directory.ts';

/**
 * Loads a data directory once per process and reloads it only when a data file was added,
 * removed or modified (by mtime and size), so a bot answering many hunts over the same
 * exports pays the parse cost once. A table that cannot be loaded is set aside (`unreadable`),
 * so it fails only the queries that read it.
 */
const cache = new Map<string, Promise<LoadedTables>>();

export async function loadColumnTablesCached(dir: string): Promise<LoadedTables> {
  const cached = cache.get(dir);
  if (cached !== undefined) {
    const loaded = await cached.catch(() => undefined);
    if (loaded !== undefined && sameFiles(loaded.files, await listTableFiles(dir))) return loaded;
  }
  const loading = loadColumnTables(dir, { setAsideUnreadable: true });
  cache.set(dir, loading);
  loading.catch(() => cache.delete(dir));
  return loading;
}

function sameFiles(before: LoadedTables['files'], now: LoadedTables['files']): boolean {
  return (
    before.length === now.length &&
    before.every((f, i) => f.path === now[i].path && f.mtimeMs === now[i].mtimeMs && f.size === now[i].size)
  );
}
