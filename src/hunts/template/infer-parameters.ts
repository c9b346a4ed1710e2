import type { HuntParameter } from '../params/parameter-spec.ts';
import { checkParameterSpec, ValueProblem } from '../params/typed-value.ts';
import type { LetLiteral } from '../query/let-literals.ts';

/**
 * Turns the top-level `let name = <literal>;` statements of a rule without `x-hunt` into parameters,
 * so any Sentinel rule dropped into a template folder can be tuned from chat.
 */
export function inferParameters(lets: readonly LetLiteral[]): HuntParameter[] {
  return lets.flatMap((literal) => {
    const parameter = toParameter(literal);
    if (!parameter) return [];
    try {
      checkParameterSpec(parameter);
      return [parameter];
    } catch (error) {
      if (error instanceof ValueProblem) return [];
      throw error;
    }
  });
}

function toParameter(literal: LetLiteral): HuntParameter | undefined {
  const help = `Replaces "let ${literal.name} = ${literal.text};" in the rule.`;
  const base = { name: literal.name, help };
  const inner = literal.text.replace(/^[A-Za-z]+\((.*)\)$/s, '$1').trim();
  switch (literal.kind) {
    case 'long':
    case 'int':
      return { ...base, type: 'int', default: inner };
    case 'real':
      return { ...base, type: 'real', default: inner };
    case 'timespan':
      return { ...base, type: 'duration', default: inner };
    case 'string': {
      // Obfuscated (h'…') and escaped strings are left alone: their text is not their value.
      const value = literal.text.replace(/^@?(['"])(.*)\1$/s, '$2');
      const plain = !/^[hH]/.test(literal.text) && !value.includes('{{') && !value.includes('\\');
      return plain ? { ...base, type: 'string', default: value } : undefined;
    }
    case 'dynamic':
      return literal.strings && literal.strings.length > 0
        ? { ...base, type: 'ipList', default: literal.strings.join(',') }
        : undefined;
    default:
      return undefined;
  }
}
