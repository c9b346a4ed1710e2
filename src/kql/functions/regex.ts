/**
 * Kusto regular expressions are RE2. JavaScript's engine accepts the same syntax for what
 * hunting queries use, after two translations: Python-style named groups `(?P<name>…)`
 * and leading inline flags `(?i)`/`(?s)`/`(?m)`; case flags further in are expanded by
 * ./regex-case-flags.ts. An invalid pattern yields null so callers
 * can return null instead of throwing on data.
 */
import { expandInlineCaseFlags } from './regex-case-flags.ts';

const cache = new Map<string, RegExp | null>();
/** Patterns usually are literals; a column of distinct patterns must not grow the cache forever. */
const MAX_CACHED_PATTERNS = 1000;
const LEADING_FLAGS = /^\(\?([ims]+)\)/;

export function compileRegex(pattern: string, extraFlags = ''): RegExp | null {
  const cacheKey = `${extraFlags}/${pattern}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  let source = pattern.replace(/\(\?P</g, '(?<');
  // A pattern that turns `i` off again cannot take it as a whole-pattern flag.
  if (/\(\?-i[):]/.test(source)) source = expandInlineCaseFlags(source);
  let flags = `u${extraFlags}`;
  const inline = LEADING_FLAGS.exec(source);
  if (inline) {
    flags += [...new Set(inline[1])].filter((flag) => !flags.includes(flag)).join('');
    source = source.slice(inline[0].length);
  }
  if (!flags.includes('i')) source = expandInlineCaseFlags(source);
  let compiled: RegExp | null;
  try {
    compiled = new RegExp(source, flags);
  } catch {
    try {
      // RE2 tolerates escapes that JavaScript's unicode mode rejects (e.g. `\-` outside a class).
      compiled = new RegExp(source, flags.replace('u', ''));
    } catch {
      compiled = null;
    }
  }
  if (cache.size >= MAX_CACHED_PATTERNS) cache.clear();
  cache.set(cacheKey, compiled);
  return compiled;
}

/** RE2 rewrite strings use `\1`; JavaScript uses `$1`, and a literal `$` must be doubled. */
export function toJsReplacement(rewrite: string): string {
  return rewrite.replace(/\$/g, '$$$$').replace(/\\(\d)/g, '$$$1');
}
