import { type DiagnosticDraft, Diagnostics, type Span } from '../diagnostics/index.ts';
import type { Token } from './lexer.ts';

/** Deepest expression nesting accepted before the parser stops descending (keeps the JS stack safe). */
const MAX_DEPTH = 150;

/** Token stream with look-ahead, position-based spans and the diagnostic sink of one parse. */
export class Cursor {
  private index = 0;
  private depth = 0;
  readonly diagnostics: DiagnosticDraft[] = [];
  /** Set while a search predicate is parsed: there `Col:"term"` is a column term, elsewhere `:` is no operator. */
  inSearchPredicate = false;

  constructor(
    readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  next(): Token {
    const token = this.peek();
    if (token.kind === 'bad') this.report(Diagnostics.unexpectedCharacter(token.text, tokenSpan(token)));
    if (token.kind === 'string' && token.curly) this.report(Diagnostics.curlyQuotes(tokenSpan(token)));
    else if (token.kind === 'string' && token.unterminated)
      this.report(Diagnostics.unterminatedString(tokenSpan(token)));
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  get atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  /** True when the next token is the punctuation `p`. */
  isPunct(p: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'punct' && t.text === p;
  }

  /** True when the next token is the identifier/keyword `name` (case-sensitive, as in Kusto). */
  isIdent(name?: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.kind === 'ident' && (name === undefined || t.text === name);
  }

  acceptPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.next();
    return true;
  }

  acceptIdent(name: string): boolean {
    if (!this.isIdent(name)) return false;
    this.next();
    return true;
  }

  /** Consumes `p` or reports what was expected instead (without consuming). */
  expectPunct(p: string): boolean {
    if (this.acceptPunct(p)) return true;
    this.reportExpected(`'${p}'`);
    return false;
  }

  expectIdent(name: string): boolean {
    if (this.acceptIdent(name)) return true;
    this.reportExpected(`'${name}'`);
    return false;
  }

  /** Reports the next token as out of place: a stray character gets its own code. */
  reportUnexpected(): void {
    const t = this.peek();
    this.report(
      t.kind === 'bad'
        ? Diagnostics.unexpectedCharacter(t.text, tokenSpan(t))
        : Diagnostics.unexpectedToken(describe(t), tokenSpan(t)),
    );
  }

  reportExpected(what: string): void {
    const t = this.peek();
    this.report(Diagnostics.expectedToken(what, describe(t), tokenSpan(t)));
  }

  report(draft: DiagnosticDraft): void {
    // One diagnostic per position is enough; cascades after the first add only noise.
    if (this.diagnostics.some((d) => d.start === draft.start && d.code === draft.code)) return;
    this.diagnostics.push(draft);
  }

  /** Span from `start` to the end of the last consumed token. */
  spanFrom(start: Token | number): Span {
    const from = typeof start === 'number' ? start : start.start;
    const last = this.index > 0 ? this.tokens[this.index - 1].end : 0;
    return { start: from, length: Math.max(0, last - from) };
  }

  /** Position just after the last consumed token. */
  get lastEnd(): number {
    return this.index > 0 ? this.tokens[this.index - 1].end : 0;
  }

  /** Moves past every token that starts before `offset` (used after raw-text literals). */
  skipTo(offset: number): void {
    while (!this.atEnd && this.peek().start < offset) this.index++;
  }

  /**
   * Skips tokens up to (not including) the next `|` or `;` outside brackets, or an unmatched
   * closing bracket: the recovery point after a malformed operator.
   */
  skipToOperatorBoundary(): void {
    let nesting = 0;
    while (!this.atEnd) {
      const t = this.peek();
      if (t.kind === 'punct') {
        if (t.text === '(' || t.text === '[' || t.text === '{') nesting++;
        else if (t.text === ')' || t.text === ']' || t.text === '}') {
          if (nesting === 0) return;
          nesting--;
        } else if (nesting === 0 && (t.text === '|' || t.text === ';')) return;
      }
      this.index++;
    }
  }

  /** Runs `parse` one nesting level deeper, or returns `fallback()` when nesting is too deep. */
  nested<T>(parse: () => T, fallback: () => T): T {
    if (this.depth >= MAX_DEPTH) {
      this.report(Diagnostics.unsupportedConstruct('expression nested too deeply', tokenSpan(this.peek())));
      this.skipToOperatorBoundary();
      return fallback();
    }
    this.depth++;
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }
}

export function tokenSpan(t: Token): Span {
  return { start: t.start, length: t.end - t.start };
}

export function describe(t: Token): string {
  if (t.kind === 'eof') return 'end of query';
  if (t.kind === 'string') return 'a string literal';
  return `'${t.text}'`;
}
