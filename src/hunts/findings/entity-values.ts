import type { EntityMapping } from '../template/template-schema.ts';

type Row = Readonly<Record<string, unknown>>;

/**
 * Which identifiers of each Sentinel entity type name the entity, best first. Account and Host can be
 * split over several columns (Name + UPNSuffix, HostName + DnsDomain), which are joined back together.
 */
const ENTITY_READERS: Record<string, (fields: ReadonlyMap<string, string>) => string | undefined> = {
  ip: (fields) => fields.get('Address') ?? first(fields),
  account: (fields) =>
    fields.get('FullName') ??
    join(fields.get('Name'), '@', fields.get('UPNSuffix')) ??
    join(fields.get('NTDomain'), '\\', fields.get('Name'), true) ??
    first(fields),
  host: (fields) =>
    fields.get('FullName') ?? join(fields.get('HostName'), '.', fields.get('DnsDomain')) ?? first(fields),
  url: (fields) => fields.get('Url') ?? first(fields),
  dns: (fields) => fields.get('DomainName') ?? first(fields),
  // `Algorithm` only says which hash `Value` is; the IOC model recognises the kind from the value itself.
  filehash: (fields) => fields.get('Value'),
};

/** Which Finding field each Sentinel entity type fills. */
const FINDING_KEYS = {
  ip: 'ip',
  account: 'account',
  host: 'host',
  url: 'url',
  dns: 'domain',
  filehash: 'fileHash',
} as const;
type EntityValues = Partial<Record<(typeof FINDING_KEYS)[keyof typeof FINDING_KEYS], string>>;

/**
 * Reads the IP, Account, Host, URL, DNS and FileHash entities of one result row through the template's
 * entityMappings (the first mapping of each type wins).
 */
export function entityValues(mappings: readonly EntityMapping[], row: Row): EntityValues {
  const values: Record<string, string> = {};
  for (const mapping of mappings) {
    const kind = mapping.entityType.toLowerCase();
    const read = ENTITY_READERS[kind];
    const key = FINDING_KEYS[kind as keyof typeof FINDING_KEYS];
    if (!read || !key || values[key] !== undefined) continue;
    const fields = new Map<string, string>();
    for (const { identifier, columnName } of mapping.fieldMappings) {
      const text = cellText(row[columnName]);
      if (text !== undefined) fields.set(identifier, text);
    }
    const value = read(fields);
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/** A non-empty string form of a wire cell, or undefined for null / empty. */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text === '' ? undefined : text;
}

function first(fields: ReadonlyMap<string, string>): string | undefined {
  return fields.values().next().value;
}

function join(
  head: string | undefined,
  separator: string,
  tail: string | undefined,
  tailRequired = false,
): string | undefined {
  if (head === undefined) return undefined;
  if (tail === undefined) return tailRequired ? undefined : head;
  return `${head}${separator}${tail}`;
}
