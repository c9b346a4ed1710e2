/** Finding keys of one run: `tenant|hunt` → the entity keys found (IP, else account, else host). */
export type FindingSnapshot = Readonly<Record<string, readonly string[]>>;

export interface FindingDiff {
  readonly new: readonly string[];
  readonly stillActive: readonly string[];
  readonly gone: readonly string[];
}

/** What changed between two runs of the same digest, for one tenant and hunt. */
export function diffFindings(previous: readonly string[] | undefined, current: readonly string[]): FindingDiff {
  const before = new Set(previous ?? []);
  const now = new Set(current);
  return {
    new: current.filter((key) => !before.has(key)),
    stillActive: current.filter((key) => before.has(key)),
    gone: [...before].filter((key) => !now.has(key)),
  };
}

export function snapshotKey(tenant: string, hunt: string): string {
  return `${tenant}|${hunt}`;
}
