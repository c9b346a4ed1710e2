import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asString } from '../values.ts';

/**
 * Splits a Windows command line as CommandLineToArgvW does (parse-command-line-function.md): blanks
 * separate arguments outside double quotes; 2n backslashes before a quote give n backslashes and the
 * quote toggles quoting, 2n+1 give n backslashes and a literal quote; `""` inside quotes is a quote;
 * other backslashes are literal. The program name (first argument) takes quotes only as delimiters.
 */
function windowsArguments(line: string): string[] {
  const args: string[] = [];
  let i = 0;
  const skipBlanks = () => {
    while (line[i] === ' ' || line[i] === '\t') i++;
  };
  skipBlanks();
  if (i >= line.length) return args;
  let program = '';
  let quoted = false;
  for (; i < line.length && (quoted || (line[i] !== ' ' && line[i] !== '\t')); i++) {
    if (line[i] === '"') quoted = !quoted;
    else program += line[i];
  }
  args.push(program);
  for (;;) {
    skipBlanks();
    if (i >= line.length) return args;
    let arg = '';
    quoted = false;
    while (i < line.length && (quoted || (line[i] !== ' ' && line[i] !== '\t'))) {
      let slashes = 0;
      while (line[i] === '\\') {
        slashes++;
        i++;
      }
      if (line[i] === '"') {
        arg += '\\'.repeat(slashes >> 1);
        if (slashes % 2 === 1) arg += '"';
        else if (quoted && line[i + 1] === '"') {
          arg += '"';
          i++;
        } else quoted = !quoted;
        i++;
      } else {
        arg += '\\'.repeat(slashes);
        if (i < line.length && (quoted || (line[i] !== ' ' && line[i] !== '\t'))) arg += line[i++];
      }
    }
    args.push(arg);
  }
}

export const commandLineFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'parse_command_line',
    params: ['string', 'string'],
    result: 'dynamic',
    // "windows" is the only parser Kusto documents; any other yields null.
    impl: (line, parser) => (asString(parser).toLowerCase() === 'windows' ? windowsArguments(asString(line)) : null),
  }),
];
