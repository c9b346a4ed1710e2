/**
 * Kusto's rule for a column name that is already taken: append 1 (`Computer1`), then 2, and so on.
 * `taken` is updated with the returned name.
 */
export function uniqueColumnName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let suffix = 1; taken.has(candidate); suffix++) candidate = `${name}${suffix}`;
  taken.add(candidate);
  return candidate;
}

/** Compiles a column-name pattern with `*` wildcards (`project-away Target*`) to a matcher. */
export function wildcardMatcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${source}$`);
  return (name) => regex.test(name);
}
