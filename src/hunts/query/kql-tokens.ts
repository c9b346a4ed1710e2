/**
 * A deliberately small KQL tokenizer: just enough to find top-level `let` statements and the exact
 * source span of their values. Comments and string literals are recognised so that a `;` or `let`
 * inside them is never mistaken for structure.
 */
export type KqlTokenKind = 'identifier' | 'number' | 'string' | 'punctuation';

export interface KqlToken {
  readonly kind: KqlTokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const IDENTIFIER = /[A-Za-z_$][A-Za-z0-9_$]*/y;
// Numbers, including timespan literals such as 15m, 1.5h, 100ms, 2microseconds and hex 0x1F.
const NUMBER = /(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[A-Za-z]*)/y;
const WHITESPACE = /\s+/y;

export function tokenizeKql(text: string): KqlToken[] {
  const tokens: KqlToken[] = [];
  let position = 0;
  while (position < text.length) {
    const skipped = skipTrivia(text, position);
    if (skipped !== position) {
      position = skipped;
      continue;
    }
    const token = readToken(text, position);
    tokens.push(token);
    position = token.end;
  }
  return tokens;
}

function skipTrivia(text: string, position: number): number {
  WHITESPACE.lastIndex = position;
  if (WHITESPACE.test(text)) return WHITESPACE.lastIndex;
  if (text.startsWith('//', position)) {
    const newline = text.indexOf('\n', position);
    return newline === -1 ? text.length : newline + 1;
  }
  return position;
}

function readToken(text: string, start: number): KqlToken {
  const stringEnd = matchString(text, start);
  if (stringEnd !== undefined) return { kind: 'string', text: text.slice(start, stringEnd), start, end: stringEnd };
  for (const [kind, pattern] of [
    ['number', NUMBER],
    ['identifier', IDENTIFIER],
  ] as const) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) return { kind, text: match[0], start, end: start + match[0].length };
  }
  return { kind: 'punctuation', text: text[start], start, end: start + 1 };
}

/** Returns the end offset of a string literal starting at `start`, or undefined when none starts there. */
function matchString(text: string, start: number): number | undefined {
  let position = start;
  if (text.startsWith('```', position)) {
    const close = text.indexOf('```', position + 3);
    return close === -1 ? text.length : close + 3;
  }
  // Obfuscated (h/H) and verbatim (@) prefixes, in either order.
  if (/[hH]/.test(text[position] ?? '') && /[@'"]/.test(text[position + 1] ?? '')) position += 1;
  const verbatim = text[position] === '@';
  if (verbatim) position += 1;
  const quote = text[position];
  if (quote !== "'" && quote !== '"') return undefined;
  position += 1;
  while (position < text.length) {
    const char = text[position];
    if (!verbatim && char === '\\') {
      position += 2;
      continue;
    }
    if (char === quote) {
      // In verbatim strings a doubled quote is an escaped quote.
      if (verbatim && text[position + 1] === quote) {
        position += 2;
        continue;
      }
      return position + 1;
    }
    if (char === '\n' && !verbatim) return position;
    position += 1;
  }
  return text.length;
}
