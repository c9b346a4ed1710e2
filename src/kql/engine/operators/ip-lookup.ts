import ipaddr from 'ipaddr.js';
import { kustoEquals } from '../../functions/index.ts';
import { DEADLINE_CHECK_MASK, defaultContext, type ExecutionContext } from '../limits.ts';
import { ColumnTable } from '../table.ts';
import { joinedTable } from './join.ts';
import { RowPairs } from './row-pairs.ts';

export interface IpLookupSpec {
  readonly family: 'ipv4' | 'ipv6';
  /** The left column holding addresses, and the lookup column holding addresses or ranges (CIDR). */
  readonly sourceKey: string;
  readonly lookupKey: string;
  /** Further columns, present in both tables, that must be equal for a match. */
  readonly extraKeys: readonly string[];
  readonly returnUnmatched: boolean;
}

interface Address {
  readonly bits: bigint;
  readonly prefix: number;
}

const WIDTH = { ipv4: 32, ipv6: 128 } as const;

/**
 * `evaluate ipv4_lookup(Lookup, SourceIP, LookupRange [, ExtraKey …] [, return_unmatched])` and
 * `ipv6_lookup` (ipv4-lookup-plugin.md, ipv6-lookup-plugin.md): each left row is extended with the
 * lookup row whose range holds its address, the most specific range first. Ranges are bucketed by
 * prefix length, so a row costs one map probe per distinct prefix length. ipv6_lookup shows the
 * lookup columns first, as its page does.
 */
export function ipLookup(
  left: ColumnTable,
  lookup: ColumnTable,
  spec: IpLookupSpec,
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  const width = WIDTH[spec.family];
  const byPrefix = new Map<number, Map<bigint, number[]>>();
  const lookupRange = lookup.column(spec.lookupKey);
  for (const row of lookup.rows()) {
    const range = parseAddress(lookupRange.get(row), spec.family);
    if (!range) continue;
    const buckets = byPrefix.get(range.prefix) ?? new Map<bigint, number[]>();
    byPrefix.set(range.prefix, buckets);
    const key = masked(range.bits, range.prefix, width);
    buckets.set(key, [...(buckets.get(key) ?? []), row]);
  }
  const prefixes = [...byPrefix.keys()].sort((a, b) => b - a);
  const leftExtras = spec.extraKeys.map((k) => left.column(k));
  const lookupExtras = spec.extraKeys.map((k) => lookup.column(k));
  const sourceColumn = left.column(spec.sourceKey);
  const pairs = new RowPairs();
  const leftRows = left.rows();
  for (let p = 0; p < leftRows.length; p++) {
    if ((p & DEADLINE_CHECK_MASK) === 0) ctx.checkDeadline();
    const row = leftRows[p];
    const address = parseAddress(sourceColumn.get(row), spec.family);
    const sameExtras = (candidate: number) =>
      leftExtras.every((column, i) => kustoEquals(column.get(row), lookupExtras[i].get(candidate)));
    let match = -1;
    for (const prefix of address ? prefixes : []) {
      const found = byPrefix
        .get(prefix)
        ?.get(masked((address as Address).bits, prefix, width))
        ?.find(sameExtras);
      if (found !== undefined) {
        match = found;
        break;
      }
    }
    if (match >= 0 || spec.returnUnmatched) pairs.push(row, match);
  }
  const joined = joinedTable(left, lookup, pairs, ctx, `${spec.family}_lookup`, new Set(spec.extraKeys));
  if (spec.family === 'ipv4') return joined;
  const leftNames = new Set(left.columns.map((c) => c.name));
  const named = joined.namedColumns();
  return ColumnTable.fromColumns(joined.name, [
    ...named.filter((c) => !leftNames.has(c.name)),
    ...named.filter((c) => leftNames.has(c.name)),
  ]);
}

function masked(bits: bigint, prefix: number, width: number): bigint {
  const shift = BigInt(width - prefix);
  return (bits >> shift) << shift;
}

/** An address or a `/prefix` range of the family; IPv4 in an IPv6 lookup is its IPv4-mapped form. */
function parseAddress(value: unknown, family: 'ipv4' | 'ipv6'): Address | null {
  if (typeof value !== 'string') return null;
  const [text, written, ...rest] = value.trim().split('/');
  if (rest.length > 0 || !ipaddr.isValid(text) || (written !== undefined && !/^\d{1,3}$/.test(written))) return null;
  const parsed = ipaddr.parse(text);
  if (family === 'ipv4' && (parsed.kind() !== 'ipv4' || !ipaddr.IPv4.isValidFourPartDecimal(text))) return null;
  const isV4 = parsed.kind() === 'ipv4';
  const own = isV4 ? 32 : 128;
  const prefix = written === undefined ? own : Number(written);
  if (prefix > own) return null;
  const bytes =
    family === 'ipv6' && isV4 ? (parsed as ipaddr.IPv4).toIPv4MappedAddress().toByteArray() : parsed.toByteArray();
  const bits = bytes.reduce((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
  return { bits, prefix: family === 'ipv6' && isV4 ? 96 + prefix : prefix };
}
