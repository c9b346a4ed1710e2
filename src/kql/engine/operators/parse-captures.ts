import { parseDatetime, parseTimespan } from '../../functions/index.ts';
import type { KqlType } from '../../types.ts';

/** The regular expression group for a capture of `type`; the last capture of a pattern takes the rest. */
export function patternForType(type: KqlType, isLast: boolean): string {
  switch (type) {
    case 'int':
    case 'long':
      return '(-?\\d+)';
    case 'real':
    case 'decimal':
      return '(-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)';
    case 'bool':
      return '(true|false|True|False|TRUE|FALSE)';
    default:
      return isLast ? '(.*)' : '(.*?)';
  }
}

/** Converts captured text to `type`; null when it does not fit. */
export function convertCapture(text: string, type: KqlType): unknown {
  switch (type) {
    case 'string':
    case 'guid':
      return text;
    case 'int':
    case 'long':
    case 'real':
    case 'decimal': {
      const value = Number(text);
      return text === '' || Number.isNaN(value) ? null : value;
    }
    case 'bool':
      return text === '' ? null : text.toLowerCase() === 'true';
    case 'datetime':
      return parseDatetime(text);
    case 'timespan':
      return parseTimespan(text);
    case 'dynamic':
      return parseJsonOrText(text);
  }
}

/** A dynamic capture holds the parsed JSON, or the text itself when it is not JSON. */
function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
