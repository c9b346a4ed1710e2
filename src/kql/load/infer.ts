import type { KqlType } from '../types.ts';
import { parseDatetimeText } from './datetime-text.ts';

/**
 * Picks a type for a column no known schema describes, from all its values.
 * - JSON files carry real types: numbers, booleans, objects; strings stay strings unless every
 *   one is ISO-8601-like datetime text (Log Analytics writes datetimes that way).
 * - CSV cells are all text, so `textual` also reads integers, reals, TRUE/FALSE, JSON objects
 *   and the portal's datetime text out of them.
 * Columns that mix kinds fall back to string (dynamic when objects are involved), which keeps
 * every value readable instead of failing the load.
 */
type Kind = 'long' | 'real' | 'bool' | 'datetime' | 'dynamic' | 'string';

const INTEGER = /^-?\d{1,15}$/;
const REAL = /^-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/;
const BOOLEAN_TEXT = /^(?:true|false)$/i;
const DATETIME_SHAPE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|^\d{1,2}\/\d{1,2}\/\d{4},? \d{1,2}:\d{2}/;

export function inferColumnType(name: string, values: readonly unknown[], textual: boolean): KqlType {
  let result: Kind | undefined;
  for (const value of values) {
    const kind = kindOf(value, textual);
    if (kind === undefined) continue;
    result = result === undefined ? kind : merge(result, kind);
  }
  if (textual && (result === 'long' || result === 'real') && isExcelDateColumn(name, values)) return 'datetime';
  return result ?? 'string';
}

const TIME_COLUMN_NAME = /^Time|(?:Time|Timestamp|Date)$/i;
/** 1954-10-03 .. 2173-10-14 in Excel's 1900 date system. */
const EXCEL_SERIAL_RANGE = [20_000, 100_000] as const;

/** Spreadsheets turn datetimes into serial days; a time-named column of such numbers is a datetime. */
function isExcelDateColumn(name: string, values: readonly unknown[]): boolean {
  if (!TIME_COLUMN_NAME.test(name)) return false;
  return values.every((value) => {
    if (value === '' || value === null || value === undefined) return true;
    const n = Number(value);
    return n >= EXCEL_SERIAL_RANGE[0] && n <= EXCEL_SERIAL_RANGE[1];
  });
}

function kindOf(value: unknown, textual: boolean): Kind | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (typeof value) {
    case 'number':
      return Number.isInteger(value) ? 'long' : 'real';
    case 'boolean':
      return 'bool';
    case 'object':
      return 'dynamic';
    case 'string':
      return textual ? kindOfText(value) : looksLikeDatetime(value) ? 'datetime' : 'string';
    default:
      return 'string';
  }
}

function kindOfText(text: string): Kind {
  if (INTEGER.test(text)) return 'long';
  if (REAL.test(text)) return 'real';
  if (BOOLEAN_TEXT.test(text)) return 'bool';
  if (looksLikeDatetime(text)) return 'datetime';
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      JSON.parse(text);
      return 'dynamic';
    } catch {
      return 'string';
    }
  }
  return 'string';
}

function looksLikeDatetime(text: string): boolean {
  return DATETIME_SHAPE.test(text) && parseDatetimeText(text) !== null;
}

function merge(a: Kind, b: Kind): Kind {
  if (a === b) return a;
  if ((a === 'long' && b === 'real') || (a === 'real' && b === 'long')) return 'real';
  if (a === 'dynamic' || b === 'dynamic') return 'dynamic';
  return 'string';
}
