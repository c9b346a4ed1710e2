import type { KqlType } from '../types.ts';

const NUMERIC_RANK: Partial<Record<KqlType, number>> = { int: 1, long: 2, decimal: 3, real: 4 };

/**
 * The type several branches or values share (iff, case, coalesce, max_of): numbers widen to
 * the widest numeric type; otherwise the first non-dynamic type wins, as values of other
 * types are carried unchanged.
 */
export function commonType(types: readonly KqlType[]): KqlType {
  const numeric = types.filter((type) => NUMERIC_RANK[type] !== undefined);
  if (numeric.length > 0 && numeric.length === types.filter((type) => type !== 'dynamic').length) {
    return numeric.reduce((widest, type) => ((NUMERIC_RANK[type] ?? 0) > (NUMERIC_RANK[widest] ?? 0) ? type : widest));
  }
  return types.find((type) => type !== 'dynamic') ?? types[0] ?? 'dynamic';
}
