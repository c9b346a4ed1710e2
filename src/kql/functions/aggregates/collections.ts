import { MAX_ARRAY_LENGTH } from '../array-length-limit.ts';
import { valueKey } from '../compare.ts';
import type { Accumulator, ArgumentInfo } from '../registry-types.ts';
import { toDynamicValue } from '../scalar/dynamic.ts';
import { asBool, asInteger, isNull, isPlainObject } from '../values.ts';
import { defineAggregate, isMissing } from './define.ts';

/** The deprecated makeset/makelist default to 128 values; the others to MAX_ARRAY_LENGTH. */
const DEPRECATED_DEFAULT_SIZE = 128;

interface CollectOptions {
  readonly distinct: boolean;
  /** make_list_with_nulls keeps null values (as JSON null). */
  readonly keepNulls?: boolean;
  /** Index of the predicate argument for the -if forms. */
  readonly predicateIndex: number | null;
  readonly defaultSize: number;
}

/** The size limit is a constant argument (the last optional one); bad or missing → default. */
function sizeLimit(args: readonly ArgumentInfo[], index: number, fallback: number): number {
  const raw = args[index]?.constant?.value;
  const size = isNull(raw) ? null : asInteger(raw);
  return size !== null && size > 0 ? Math.min(size, MAX_ARRAY_LENGTH) : fallback;
}

function collector(options: CollectOptions) {
  return (args: readonly ArgumentInfo[]) => {
    const limit = sizeLimit(args, options.predicateIndex === null ? 1 : 2, options.defaultSize);
    const type = args[0].type;
    return (): Accumulator => {
      const items: unknown[] = [];
      const seen = new Set<string>();
      const collect = (element: unknown) => {
        if (items.length >= limit) return;
        if (options.distinct) {
          const key = valueKey(element);
          if (seen.has(key)) return;
          seen.add(key);
        }
        items.push(element);
      };
      return {
        add: (values) => {
          if (isMissing(values[0]) && !options.keepNulls) return;
          if (options.predicateIndex !== null && asBool(values[options.predicateIndex]) !== true) return;
          const item = toDynamicValue(values[0], type);
          // Arrays are collected element by element: `make_set(set_X)` merges earlier sets, and make_list
          // concatenates (geo-point-in-polygon-function.md builds MultiPolygon coordinates from
          // make_list(pack_array(polygon.coordinates)); geo-h3cell-rings-function.md flattens rings with make_list).
          if (Array.isArray(item)) for (const element of item) collect(element);
          else collect(item);
        },
        result: () => items,
      };
    };
  };
}

function collection(name: string, options: CollectOptions) {
  const predicate = options.predicateIndex !== null;
  return defineAggregate({
    name,
    // Kusto names the column `set_X` / `list_X` (the corpus relies on `list_TimeGenerated`).
    namePrefix: options.distinct ? 'set' : 'list',
    params: predicate ? ['any', 'bool'] : ['any'],
    optional: ['number'],
    result: 'dynamic',
    create: collector(options),
  });
}

/** make_bag: merges the property bags of the group; the first value seen for a key wins. */
function bagMerger(predicateIndex: number | null) {
  return (args: readonly ArgumentInfo[]) => {
    const limit = sizeLimit(args, predicateIndex === null ? 1 : 2, MAX_ARRAY_LENGTH);
    return (): Accumulator => {
      const bag: Record<string, unknown> = {};
      let size = 0;
      return {
        add: (values) => {
          if (predicateIndex !== null && asBool(values[predicateIndex]) !== true) return;
          if (!isPlainObject(values[0])) return;
          for (const [key, value] of Object.entries(values[0])) {
            if (size >= limit || Object.hasOwn(bag, key)) continue;
            bag[key] = value;
            size++;
          }
        },
        result: () => bag,
      };
    };
  };
}

const standard = { defaultSize: MAX_ARRAY_LENGTH, predicateIndex: null };

export const collectionAggregates = [
  collection('make_set', { ...standard, distinct: true }),
  collection('makeset', { distinct: true, predicateIndex: null, defaultSize: DEPRECATED_DEFAULT_SIZE }),
  collection('make_set_if', { distinct: true, predicateIndex: 1, defaultSize: MAX_ARRAY_LENGTH }),
  collection('make_list', { ...standard, distinct: false }),
  collection('makelist', { distinct: false, predicateIndex: null, defaultSize: DEPRECATED_DEFAULT_SIZE }),
  collection('make_list_if', { distinct: false, predicateIndex: 1, defaultSize: MAX_ARRAY_LENGTH }),
  collection('make_list_with_nulls', { ...standard, distinct: false, keepNulls: true }),
  defineAggregate({
    name: 'make_bag',
    aliases: ['make_dictionary'],
    namePrefix: 'bag',
    params: ['dynamic'],
    optional: ['number'],
    result: 'dynamic',
    create: bagMerger(null),
  }),
  defineAggregate({
    name: 'make_bag_if',
    namePrefix: 'bag',
    params: ['dynamic', 'bool'],
    optional: ['number'],
    result: 'dynamic',
    create: bagMerger(1),
  }),
];
