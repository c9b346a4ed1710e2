import type { KqlType } from '../types.ts';
import type { Cursor } from './cursor.ts';

/** Kusto type names and their synonyms (`double` = real, `date` = datetime, `time` = timespan). */
const TYPE_NAMES: Record<string, KqlType> = {
  string: 'string',
  int: 'int',
  int32: 'int',
  long: 'long',
  int64: 'long',
  real: 'real',
  double: 'real',
  decimal: 'decimal',
  bool: 'bool',
  boolean: 'bool',
  datetime: 'datetime',
  date: 'datetime',
  timespan: 'timespan',
  time: 'timespan',
  dynamic: 'dynamic',
  guid: 'guid',
  uniqueid: 'guid',
};

export function typeFromName(name: string): KqlType | undefined {
  return Object.hasOwn(TYPE_NAMES, name) ? TYPE_NAMES[name] : undefined;
}

/** The type name at the cursor, consumed; undefined, reported as expected and not consumed, when it is none. */
export function readTypeName(c: Cursor): KqlType | undefined {
  const t = c.peek();
  const type = t.kind === 'ident' ? typeFromName(t.text) : undefined;
  if (type === undefined) c.reportExpected('a type name');
  else c.next();
  return type;
}
