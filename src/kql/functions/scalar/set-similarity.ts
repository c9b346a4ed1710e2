import { valueKey } from '../compare.ts';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';

/** |A ∩ B| / |A ∪ B| over distinct values (jaccard-index-function.md); null unless both are arrays. */
function jaccardIndex(a: unknown, b: unknown): number | null {
  if (!Array.isArray(a) || !Array.isArray(b)) return null;
  const left = new Set(a.map(valueKey));
  const right = new Set(b.map(valueKey));
  const union = new Set([...left, ...right]).size;
  if (union === 0) return null;
  let common = 0;
  for (const key of left) if (right.has(key)) common++;
  return common / union;
}

export const setSimilarityFunctions: readonly ScalarFunction[] = [
  defineScalar({ name: 'jaccard_index', params: ['dynamic', 'dynamic'], result: 'real', impl: jaccardIndex }),
];
