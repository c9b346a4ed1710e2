import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { HuntError } from '../errors.ts';
import type { HuntParameter } from '../params/parameter-spec.ts';
import { checkParameterSpec, ValueProblem } from '../params/typed-value.ts';
import { findLetLiterals, type LetLiteral } from '../query/let-literals.ts';
import type { HuntTemplate } from './hunt-template.ts';
import { inferParameters } from './infer-parameters.ts';
import { type TemplateFile, templateFileSchema, type XHunt } from './template-schema.ts';

/** Parses and validates one template file's text. `source` names the file in every error message. */
export function parseTemplate(text: string, source: string): HuntTemplate {
  const file = validate(readYaml(text, source), source);
  const lets = findLetLiterals(file.query);
  const xHunt = file['x-hunt'];
  const parameters = xHunt ? checkDeclaredParameters(xHunt, lets, source) : inferParameters(lets);
  return Object.freeze({
    command: xHunt?.command ?? commandFromFileName(source),
    id: file.id,
    name: file.name,
    description: file.description.trim(),
    severity: file.severity,
    tactics: file.tactics,
    techniques: file.relevantTechniques,
    tables: [...new Set(file.requiredDataConnectors.flatMap((connector) => connector.dataTypes))],
    backend: xHunt?.backend ?? 'logAnalytics',
    parameters,
    summary: xHunt?.summary ?? { rankBy: [] },
    entityMappings: file.entityMappings,
    query: file.query,
    ...(xHunt?.pivot ? { pivot: checkPivot(xHunt.pivot, parameters, source) } : {}),
    source,
  });
}

function readYaml(text: string, source: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw invalid(source, `is not valid YAML: ${(error as Error).message}`, error);
  }
}

function validate(document: unknown, source: string): TemplateFile {
  const result = templateFileSchema.safeParse(document);
  if (result.success) return result.data;
  throw invalid(source, result.error.issues.map(describeIssue).join('; '), result.error);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return `${key.replace(/^\./, '') || '(top level)'}: ${issue.message}`;
}

/** The kinds of `let` literal each declared parameter type may replace. */
const COMPATIBLE_KINDS: Record<HuntParameter['type'], readonly LetLiteral['kind'][]> = {
  int: ['long', 'int', 'real'],
  real: ['long', 'int', 'real'],
  duration: ['timespan'],
  string: ['string'],
  enum: ['string'],
  ipList: ['dynamic'],
};

function checkDeclaredParameters(xHunt: XHunt, lets: readonly LetLiteral[], source: string): HuntParameter[] {
  const seen = new Set<string>();
  return xHunt.parameters.map((parameter, index) => {
    const key = `x-hunt.parameters[${index}]`;
    // Analysts may type names in any case, so names differing only in case would be ambiguous.
    if (seen.has(parameter.name.toLowerCase()))
      throw invalid(source, `${key}.name: '${parameter.name}' is declared twice`);
    seen.add(parameter.name.toLowerCase());
    const literal = lets.find((candidate) => candidate.name === parameter.name);
    if (!literal) {
      throw invalid(source, `${key}.name: query has no top-level "let ${parameter.name} = <literal>;" to replace`);
    }
    if (!COMPATIBLE_KINDS[parameter.type].includes(literal.kind)) {
      throw invalid(
        source,
        `${key}.type: ${parameter.type} cannot replace the ${literal.kind} literal ${literal.text}`,
      );
    }
    if (parameter.type === 'enum' && !parameter.allowed)
      throw invalid(source, `${key}.allowed: an enum needs allowed values`);
    try {
      checkParameterSpec(parameter);
    } catch (error) {
      if (error instanceof ValueProblem) throw invalid(source, `${key}: default or bounds ${error.message}`, error);
      throw error;
    }
    return parameter;
  });
}

/** An entity query's value is always a typed string literal, so its parameter must be a declared string. */
function checkPivot(pivot: NonNullable<XHunt['pivot']>, parameters: readonly HuntParameter[], source: string) {
  const declared = parameters.find((parameter) => parameter.name === pivot.parameter);
  if (declared?.type !== 'string')
    throw invalid(source, `x-hunt.pivot.parameter: '${pivot.parameter}' must be a declared string parameter`);
  return pivot;
}

function commandFromFileName(source: string): string {
  const stem = basename(source, extname(source));
  return stem
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function invalid(source: string, detail: string, cause?: unknown): HuntError {
  return new HuntError('huntops_hunt_template_invalid', `Template ${source}: ${detail}`, { cause });
}
