import type { KqlType } from '../../types.ts';
import { isKqlType } from '../../types.ts';
import { parseDatetime } from '../datetime-text.ts';
import { constantOf } from '../define.ts';
import type { ArgumentInfo } from '../registry-types.ts';
import { parseTimespan } from '../time-values.ts';
import { asBool, asInteger, asNumber } from '../values.ts';

/**
 * The target type of `extract(…, typeof(T))` / `extract_json(…, typeof(T))`. The compiler passes `typeof(T)` as a constant
 * argument whose value is the type name (`"long"`; `"typeof(long)"` is accepted too).
 */
export function requestedType(arg: ArgumentInfo | undefined): KqlType {
  const raw = constantOf(arg);
  if (typeof raw !== 'string') return 'string';
  const name = raw.replace(/^typeof\((.*)\)$/, '$1').trim();
  return isKqlType(name) ? name : 'string';
}

/** Text converted to the requested type, null when it does not parse. */
export function convertText(text: string, type: KqlType): unknown {
  switch (type) {
    case 'int':
    case 'long':
      return asInteger(text);
    case 'real':
    case 'decimal':
      return asNumber(text);
    case 'bool':
      return asBool(text);
    case 'datetime':
      return parseDatetime(text);
    case 'timespan':
      return parseTimespan(text);
    default:
      return text;
  }
}
