import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { asString, isNull } from '../values.ts';
import { convertText, requestedType } from './typed-text.ts';

/**
 * extract_json(path, json [, typeof(T)]): the JSONPath subset Kusto supports: `$`, `.name`,
 * `['name']` and `[index]`. A path that does not resolve gives null ("" as a string).
 */
const STEP = /\.([^.[\]]+)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(\d+)\s*\]/y;

export function parsePath(path: string): (string | number)[] | null {
  if (!path.startsWith('$')) return null;
  const steps: (string | number)[] = [];
  let at = 1;
  while (at < path.length) {
    STEP.lastIndex = at;
    const match = STEP.exec(path);
    if (!match) return null;
    steps.push(match[4] !== undefined ? Number(match[4]) : (match[1] ?? match[2] ?? match[3]));
    at = STEP.lastIndex;
  }
  return steps;
}

function walk(root: unknown, steps: readonly (string | number)[]): unknown {
  let current = root;
  for (const step of steps) {
    if (isNull(current) || typeof current !== 'object') return null;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current ?? null;
}

export const jsonPathFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'extract_json',
    aliases: ['extractjson'],
    params: ['string', ['string', 'dynamic']],
    optional: ['any'],
    result: (args) => requestedType(args[2]),
    compile: (args) => {
      const type = requestedType(args[2]);
      return (path, source) => {
        const steps = parsePath(asString(path));
        if (!steps) return null;
        let document: unknown = source;
        if (typeof source === 'string') {
          try {
            document = JSON.parse(source);
          } catch {
            return null;
          }
        }
        const found = walk(document, steps);
        if (found === null) return null;
        const text = typeof found === 'string' ? found : JSON.stringify(found);
        return type === 'dynamic' ? found : convertText(text, type);
      };
    },
  }),
];
