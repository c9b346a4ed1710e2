import type { HuntParameter } from '../params/parameter-spec.ts';
import type { PivotEntity } from '../pivots/entity-value.ts';
import type { EntityMapping } from './template-schema.ts';

export type HuntBackendChoice = 'logAnalytics' | 'defender' | 'either';

/** How a hunt's rows are ranked and which columns fill a Finding's count / first / last. */
export interface HuntSummary {
  readonly rankBy: readonly string[];
  readonly count?: string;
  readonly first?: string;
  readonly last?: string;
}

/** A validated hunt template: a Sentinel rule plus what `/hunt` needs to run it. */
export interface HuntTemplate {
  readonly command: string;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly severity: string;
  readonly tactics: readonly string[];
  readonly techniques: readonly string[];
  /** The tables the rule declares in requiredDataConnectors. */
  readonly tables: readonly string[];
  readonly backend: HuntBackendChoice;
  readonly parameters: readonly HuntParameter[];
  readonly summary: HuntSummary;
  readonly entityMappings: readonly EntityMapping[];
  readonly query: string;
  /** Set on entity queries: the entity they answer for, and the string parameter that takes its value. */
  readonly pivot?: { readonly entity: PivotEntity; readonly parameter: string };
  /** The file the template came from (or a label for templates built in memory). */
  readonly source: string;
}
