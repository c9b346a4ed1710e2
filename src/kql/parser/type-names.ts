import type { KqlType } from '../types.ts';

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
