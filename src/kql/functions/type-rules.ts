import type { KqlType } from '../types.ts';

const NUMERIC_RANK: Partial<Record<KqlType, number>> = { int: 1, long: 2, decimal: 3, real: 4 };

/**
 * The type several branches or values share (iff, case, coalesce, max_of), or an error naming
 * the mix. Numbers widen to the widest numeric type; string and guid read as string; any
 * dynamic branch makes the result dynamic (its values are carried unchanged, so a narrower
 * type could not hold them). Other mixes are errors, as in Kusto.
 */
export function commonType(functionName: string, types: readonly KqlType[]): KqlType | { readonly error: string } {
  const distinct = [...new Set(types)];
  if (distinct.length <= 1) return distinct[0] ?? 'dynamic';
  if (distinct.includes('dynamic')) return 'dynamic';
  if (distinct.every((type) => NUMERIC_RANK[type] !== undefined)) {
    return distinct.reduce((widest, type) => ((NUMERIC_RANK[type] ?? 0) > (NUMERIC_RANK[widest] ?? 0) ? type : widest));
  }
  if (distinct.every((type) => type === 'string' || type === 'guid')) return 'string';
  return { error: `${functionName}(): the values have incompatible types (${distinct.join(', ')})` };
}

/** Branch result types a dynamic branch converts to (others keep the whole result dynamic). */
const CONVERTIBLE: ReadonlySet<KqlType> = new Set(['string', 'bool', 'int', 'long', 'real', 'decimal']);

/**
 * The result type of iff/case: as commonType, except that dynamic branches take the type the other
 * branches share, as Kusto's analyzer types them (`iff(c, parse_url(u).Host, u)` is a string, so it
 * can be a group-by key). Dynamic when the others share no convertible type.
 */
export function branchType(functionName: string, types: readonly KqlType[]): KqlType | { readonly error: string } {
  const others = types.filter((type) => type !== 'dynamic');
  if (others.length === 0 || others.length === types.length) return commonType(functionName, types);
  const shared = commonType(functionName, others);
  return typeof shared === 'string' && CONVERTIBLE.has(shared) ? shared : 'dynamic';
}
