import type { BlockableIocType, Ioc } from '../intel/index.ts';

export type GuardrailVerdict =
  | { readonly allowed: true; readonly wide: boolean; readonly ioc: Ioc & { readonly type: BlockableIocType } }
  | { readonly allowed: false; readonly reason: string };

type Refusal = Extract<GuardrailVerdict, { allowed: false }>;

/** One type's rule: a refusal, or undefined when the indicator may be blocked. */
export type TypeRule = (ioc: Ioc) => Refusal | undefined;

export const refuse = (reason: string): Refusal => ({ allowed: false, reason });

export class GuardrailConfigError extends Error {
  readonly code = 'huntops_guardrail_invalid';
}
