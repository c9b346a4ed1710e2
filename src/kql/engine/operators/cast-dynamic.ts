import { parseDatetime } from '../../functions/index.ts';
import type { KqlType } from '../../types.ts';

/**
 * `to typeof(T)` in mv-expand: a cast, not a parse. A dynamic element that already holds a T
 * keeps its value, anything else becomes null. Every value has a string form, so string casts
 * never fail (JSON text for bags and arrays, "" for null). Datetimes inside JSON are ISO text, so
 * that one cast reads ISO strings into epoch milliseconds.
 */
export function castDynamic(value: unknown, type: KqlType): unknown {
  switch (type) {
    case 'string':
    case 'guid':
      if (typeof value === 'string') return value;
      return value === null || value === undefined
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    case 'int':
    case 'long':
      return typeof value === 'number' && Number.isInteger(value) ? value : null;
    case 'real':
    case 'decimal':
    case 'timespan':
      return typeof value === 'number' ? value : null;
    case 'bool':
      return typeof value === 'boolean' ? value : null;
    case 'datetime':
      return typeof value === 'string' ? parseDatetime(value) : null;
    case 'dynamic':
      return value ?? null;
  }
}
