/**
 * The names a query's syntax tree reads as columns or `let` values: every `Name` node, every join side
 * (`$right._ItemId`), every `project-rename` source and every `project-away`/`-keep`/`-reorder` name that is
 * not a wildcard. Used to give an open table (AzureDiagnostics) the suffixed columns a query reads and a Log
 * Analytics table the hidden standard columns it reads; names the query only assigns (`extend x_s = …`) are
 * not among them.
 */
export function namesReadBy(tree: unknown): ReadonlySet<string> {
  const names = new Set<string>();
  const pending: unknown[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    if (record.kind === 'DynamicLiteral') continue; // its value is data, not syntax
    if ((record.kind === 'Name' || record.kind === 'Side') && typeof record.name === 'string') names.add(record.name);
    if (typeof record.oldName === 'string') names.add(record.oldName);
    if (typeof record.pattern === 'string' && !record.pattern.includes('*')) names.add(record.pattern);
    for (const [key, value] of Object.entries(record))
      if (key !== 'span' && typeof value === 'object') pending.push(value);
  }
  return names;
}
