import type { KqlType } from '../types.ts';
import { isNull } from './values.ts';

/**
 * The bytes estimate_data_size() counts for one value (estimate-data-size-function.md: "based on
 * data types and actual values"): fixed widths for numbers, times, bools and guids, the UTF-8
 * length of a string, the JSON length of a dynamic value; a null counts nothing.
 */
const FIXED_WIDTH: Partial<Record<KqlType, number>> = {
  bool: 1,
  int: 4,
  long: 8,
  real: 8,
  datetime: 8,
  timespan: 8,
  decimal: 16,
  guid: 16,
};

export function estimatedDataSize(value: unknown, type: KqlType): number {
  if (isNull(value)) return 0;
  const fixed = FIXED_WIDTH[type];
  if (fixed !== undefined) return fixed;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}
