/**
 * RE2 lets a pattern switch case-insensitivity part-way (`(?i)abc(?-i)def`, `(?i:abc)`); the
 * JavaScript engine of Node 20 has no such modifiers. This rewrites the case-insensitive stretches
 * to explicit classes (`a` → `[aA]`) so the rest of the pattern keeps its case. Patterns without
 * inline `i` flags are returned unchanged.
 */
export function expandInlineCaseFlags(pattern: string): string {
  if (!/\(\?-?i[):]/.test(pattern)) return pattern;
  let out = '';
  let insensitive = false;
  const groups: boolean[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (pattern.startsWith('(?i)', i) || pattern.startsWith('(?-i)', i)) {
      insensitive = pattern[i + 2] === 'i';
      i += insensitive ? 3 : 4;
    } else if (pattern.startsWith('(?i:', i) || pattern.startsWith('(?-i:', i)) {
      groups.push(insensitive);
      insensitive = pattern[i + 2] === 'i';
      out += '(?:';
      i += insensitive ? 3 : 4;
    } else if (ch === '(') {
      groups.push(insensitive);
      out += ch;
    } else if (ch === ')') {
      insensitive = groups.pop() ?? insensitive;
      out += ch;
    } else if (ch === '[') {
      const end = classEnd(pattern, i);
      const body = pattern.slice(i, end + 1);
      out += insensitive ? caseFoldClass(body) : body;
      i = end;
    } else {
      out += insensitive ? caseFoldChar(ch) : ch;
    }
  }
  return out;
}

function caseFoldChar(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower === upper ? ch : `[${lower}${upper}]`;
}

/** Adds the other case of every letter (and letter range) of a `[...]` class. */
function caseFoldClass(body: string): string {
  const inner = body.slice(1, -1);
  const extra = [...inner.matchAll(/([A-Za-z])-([A-Za-z])|(?<!\\)([A-Za-z])/g)]
    .map((m) => (m[1] ? swapCase(`${m[1]}-${m[2]}`) : swapCase(m[3])))
    .join('');
  return `[${inner}${extra}]`;
}

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** Index of the `]` closing the class opened at `start` (a leading `]` or `^]` is literal). */
function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length - 1;
}
