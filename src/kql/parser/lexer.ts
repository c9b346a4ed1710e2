import { parseTimespanUnit } from './timespan-units.ts';

export type TokenKind = 'ident' | 'number' | 'timespan' | 'string' | 'punct' | 'bad' | 'eof';

/**
 * One token. Problems (bad characters, unterminated strings) are carried on the token and
 * reported by the parser only when it actually consumes the token: text inside
 * `datetime(...)` is re-read raw and must not produce lexer noise.
 */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Decoded string value, number value, or timespan milliseconds. */
  readonly value?: string | number;
  readonly isReal?: boolean;
  readonly unterminated?: boolean;
  /** A string written with typographic quotes (“x”, ‘x’), as pasted from blogs and chat. */
  readonly curly?: boolean;
  /** True when whitespace or a comment precedes the token (distinguishes `!in` from `! in`). */
  readonly spaced: boolean;
}

/** Operator keywords spelled with a hyphen; joined into one identifier token. */
const HYPHENATED = new Set([
  'project-away',
  'project-keep',
  'project-rename',
  'project-reorder',
  'project-smart',
  'project-by-names',
  'make-graph',
  'partitioned-by',
  'graph-match',
  'graph-shortest-paths',
  'graph-mark-components',
  'graph-to-table',
  'mv-expand',
  'mv-apply',
  'make-series',
  'parse-where',
  'parse-kv',
  'top-nested',
  'top-hitters',
  'sample-distinct',
]);

const THREE_CHAR = new Set(['!in']);
const CURLY_QUOTES = '\u201c\u201d\u2018\u2019';
const QUOTES_CLOSING_CURLY = `${CURLY_QUOTES}"'`;
const TWO_CHAR = new Set(['==', '!=', '<>', '<=', '>=', '=~', '!~', '..', '=>']);

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isIdentPart = (c: number) => isIdentStart(c) || isDigit(c);

/**
 * Tabs, line breaks and Unicode spaces: queries pasted from web pages and documents carry no-break
 * spaces (U+00A0, U+202F), en/em spaces, zero-width spaces (U+200B) and byte-order marks that Kusto
 * reads as blanks.
 */
function isWhitespace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b)
  );
}

/** Splits KQL text into tokens. Never throws; the last token is always `eof`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let spaced = false;
  const push = (kind: TokenKind, start: number, extra: Partial<Token> = {}) => {
    tokens.push({ kind, text: text.slice(start, pos), start, end: pos, spaced, ...extra });
    spaced = false;
  };
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (isWhitespace(c)) {
      pos++;
      spaced = true;
      continue;
    }
    if (c === 47 && text.charCodeAt(pos + 1) === 47) {
      while (pos < text.length && text.charCodeAt(pos) !== 10) pos++;
      spaced = true;
      continue;
    }
    const start = pos;
    const stringStart = stringPrefixLength(text, pos);
    if (stringStart >= 0) {
      const lexed = lexString(text, pos, stringStart);
      pos = lexed.end;
      push('string', start, { value: lexed.value, unterminated: lexed.unterminated });
      continue;
    }
    if (CURLY_QUOTES.includes(text[pos])) {
      // Read a curly-quoted string as a string (and report it once) so one typo does not cascade.
      let end = pos + 1;
      while (end < text.length && text[end] !== '\n' && !QUOTES_CLOSING_CURLY.includes(text[end])) end++;
      const closed = end < text.length && text[end] !== '\n';
      pos = closed ? end + 1 : end;
      push('string', start, { value: text.slice(start + 1, end), curly: true, unterminated: !closed });
      continue;
    }
    if (isIdentStart(c)) {
      while (pos < text.length && isIdentPart(text.charCodeAt(pos))) pos++;
      // Keywords may have more than one hyphen (`project-by-names`): try each longer spelling.
      for (let end = pos; text.charCodeAt(end) === 45; ) {
        let next = end + 1;
        while (next < text.length && isIdentPart(text.charCodeAt(next))) next++;
        if (next === end + 1) break;
        end = next;
        if (HYPHENATED.has(text.slice(start, end).toLowerCase())) pos = end;
      }
      push('ident', start);
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(pos + 1)) && text.charCodeAt(pos - 1) !== 46)) {
      lexNumber(text, start, push, (p) => {
        pos = p;
      });
      continue;
    }
    const three = text.slice(pos, pos + 3);
    const two = text.slice(pos, pos + 2);
    if (THREE_CHAR.has(three) && !isIdentPart(text.charCodeAt(pos + 3))) {
      // `!in` is lexed whole so that `!in~` and `!in (` parse the same as Kusto.
      pos += 3;
      push('punct', start);
    } else if (TWO_CHAR.has(two)) {
      pos += 2;
      push('punct', start);
    } else if ('|,()[]{}=<>+-*/%.:;!~?@#'.includes(text[pos])) {
      pos++;
      push('punct', start);
    } else {
      pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      push('bad', start);
    }
  }
  tokens.push({ kind: 'eof', text: '', start: text.length, end: text.length, spaced });
  return tokens;
}

/** Length of a string prefix (`@`, `h`, `h@`, `H`) at pos when a string literal starts there, else -1. */
function stringPrefixLength(text: string, pos: number): number {
  const at = (i: number) => text[pos + i];
  const isQuote = (ch: string | undefined) => ch === '"' || ch === "'" || ch === '`';
  if (isQuote(at(0))) return at(0) === '`' ? (text.startsWith('```', pos) ? 0 : -1) : 0;
  if (at(0) === '@' && isQuote(at(1)) && at(1) !== '`') return 1;
  if ((at(0) === 'h' || at(0) === 'H') && pos > 0 && isIdentPart(text.charCodeAt(pos - 1))) return -1;
  if ((at(0) === 'h' || at(0) === 'H') && (at(1) === '"' || at(1) === "'")) return 1;
  if ((at(0) === 'h' || at(0) === 'H') && at(1) === '@' && (at(2) === '"' || at(2) === "'")) return 2;
  return -1;
}

function lexString(text: string, start: number, prefix: number): { end: number; value: string; unterminated: boolean } {
  const verbatim = text[start + prefix - 1] === '@';
  let pos = start + prefix;
  if (text.startsWith('```', pos)) {
    const close = text.indexOf('```', pos + 3);
    if (close < 0) return { end: text.length, value: text.slice(pos + 3), unterminated: true };
    return { end: close + 3, value: text.slice(pos + 3, close), unterminated: false };
  }
  const quote = text[pos++];
  let value = '';
  while (pos < text.length) {
    const ch = text[pos];
    if (ch === '\n' && !verbatim) break;
    if (ch === quote) {
      if (verbatim && text[pos + 1] === quote) {
        value += quote;
        pos += 2;
        continue;
      }
      return { end: pos + 1, value, unterminated: false };
    }
    if (ch === '\\' && !verbatim) {
      const escaped = decodeEscape(text, pos + 1);
      value += escaped.value;
      pos = escaped.end;
      continue;
    }
    value += ch;
    pos++;
  }
  return { end: pos, value, unterminated: true };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };

function decodeEscape(text: string, pos: number): { value: string; end: number } {
  const ch = text[pos];
  if (ch === undefined) return { value: '\\', end: pos };
  if (ch in SIMPLE_ESCAPES) return { value: SIMPLE_ESCAPES[ch], end: pos + 1 };
  if (ch === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 1, pos + 5))) {
    return { value: String.fromCharCode(Number.parseInt(text.slice(pos + 1, pos + 5), 16)), end: pos + 5 };
  }
  if (ch === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(pos + 1, pos + 3))) {
    return { value: String.fromCharCode(Number.parseInt(text.slice(pos + 1, pos + 3), 16)), end: pos + 3 };
  }
  return { value: ch, end: pos + 1 };
}

function lexNumber(
  text: string,
  start: number,
  push: (kind: TokenKind, start: number, extra?: Partial<Token>) => void,
  setPos: (p: number) => void,
): void {
  let pos = start;
  if (text[pos] === '0' && (text[pos + 1] === 'x' || text[pos + 1] === 'X')) {
    pos += 2;
    while (/[0-9a-fA-F]/.test(text[pos] ?? '')) pos++;
    if (isIdentPart(text.charCodeAt(pos))) {
      pushDigitLedName(text, start, push, setPos);
      return;
    }
    setPos(pos);
    push('number', start, { value: Number.parseInt(text.slice(start + 2, pos), 16) || 0 });
    return;
  }
  let isReal = false;
  while (isDigit(text.charCodeAt(pos))) pos++;
  if (text[pos] === '.' && text[pos + 1] !== '.') {
    isReal = true;
    pos++;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  if (
    (text[pos] === 'e' || text[pos] === 'E') &&
    /[0-9]/.test(text[pos + 1] === '-' || text[pos + 1] === '+' ? text[pos + 2] : text[pos + 1])
  ) {
    isReal = true;
    pos += text[pos + 1] === '-' || text[pos + 1] === '+' ? 2 : 1;
    while (isDigit(text.charCodeAt(pos))) pos++;
  }
  const numberText = text.slice(start, pos);
  let suffixEnd = pos;
  while (isIdentPart(text.charCodeAt(suffixEnd))) suffixEnd++;
  const suffix = text.slice(pos, suffixEnd);
  if (suffix === '') {
    setPos(pos);
    push('number', start, { value: Number(numberText), isReal });
    return;
  }
  const unitMs = parseTimespanUnit(suffix);
  if (unitMs === undefined && isIdentRun(text, start, suffixEnd)) {
    pushDigitLedName(text, start, push, setPos);
    return;
  }
  setPos(suffixEnd);
  if (unitMs === undefined) push('bad', start);
  else push('timespan', start, { value: Number(numberText) * unitMs });
}

function isIdentRun(text: string, start: number, end: number): boolean {
  for (let pos = start; pos < end; pos++) if (!isIdentPart(text.charCodeAt(pos))) return false;
  return true;
}

/**
 * A name that starts with digits (`let 21H2 = …`, `5Minutebin`): Kusto's lexer reads a run of letters, digits and
 * underscores as a name unless the whole run is a number or timespan literal (`12`, `1e5`, `0x1F`, `10sec`), as
 * entity-names.md's identifier rules allow (only a name that *is* a literal, like `1day`, must be quoted).
 */
function pushDigitLedName(
  text: string,
  start: number,
  push: (kind: TokenKind, start: number, extra?: Partial<Token>) => void,
  setPos: (p: number) => void,
): void {
  let end = start;
  while (isIdentPart(text.charCodeAt(end))) end++;
  setPos(end);
  push('ident', start);
}
