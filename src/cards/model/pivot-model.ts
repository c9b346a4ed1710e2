import type { HuntReport, PivotEntity } from '../../hunts/index.ts';
import type { PivotActionPayload } from '../actions.ts';
import { ipKey } from './finding-row.ts';
import { pivotButtons } from './pivot-buttons.ts';
import type { DeepLink, IocScoreSlice, TenantRef, TimeWindow } from './types.ts';

/** One line of the entity's timeline: what one entity query's row says it did, aggregated as the query grouped it. */
export interface PivotEvent {
  readonly tenant: TenantRef;
  /** The entity query's name, e.g. `Entra ID sign-ins from an IP address`. */
  readonly source: string;
  readonly activity: string;
  readonly outcome: 'success' | 'failure' | 'other';
  readonly detail: string;
  /** The other entities the line names (the account an IP signed in as, the host a user logged on to…). */
  readonly subjects: readonly string[];
  readonly count?: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
}

/** Another entity the timeline names (the accounts an IP signed in as, the hosts a user logged on to…). */
export interface RelatedEntity {
  readonly pivot: PivotActionPayload;
  /** Timeline lines that name it: the most-named come first. */
  readonly lines: number;
}

/** How one entity query went on one tenant: its rows, or why it has none, and the portal link to rerun it. */
export interface PivotQueryLine {
  readonly tenant: TenantRef;
  readonly name: string;
  readonly rows?: number;
  readonly error?: string;
  readonly deepLink?: DeepLink;
}

/** An active block (or one waiting for approval) on the pivoted IP or one it names. */
export interface PivotBlock {
  readonly tenant: TenantRef;
  readonly indicator: string;
  readonly state: string;
  readonly expiresAt?: string;
}

/** Everything a pivot card shows, renderer-neutral. */
export interface PivotCardModel {
  readonly kind: 'pivot';
  readonly entity: PivotEntity;
  readonly value: string;
  /** The tenant key typed, or `all`. */
  readonly scope: string;
  readonly window: TimeWindow;
  /** The IP's reputation (IP pivots only). */
  readonly score?: IocScoreSlice;
  readonly intelUnavailable: boolean;
  readonly blocks: readonly PivotBlock[];
  /** Newest first. */
  readonly timeline: readonly PivotEvent[];
  readonly related: readonly RelatedEntity[];
  readonly queries: readonly PivotQueryLine[];
  readonly runId: string;
  readonly durationMs: number;
}

/** One entity query's run on one tenant, as the chat core collected it. */
export interface PivotQueryRun {
  readonly tenant: TenantRef;
  readonly name: string;
  readonly report?: HuntReport;
  readonly error?: string;
  readonly deepLink?: DeepLink;
}

export interface PivotCardInput {
  readonly entity: PivotEntity;
  readonly value: string;
  readonly scope: string;
  readonly window: TimeWindow;
  readonly runs: readonly PivotQueryRun[];
  readonly scores?: readonly IocScoreSlice[];
  readonly intelUnavailable?: boolean;
  readonly blocks?: readonly PivotBlock[];
  readonly runId: string;
  readonly durationMs: number;
}

const OUTCOMES = new Set(['success', 'failure']);

function eventsOf(run: PivotQueryRun, pivoted: string): PivotEvent[] {
  return (run.report?.findings ?? []).map((finding) => {
    const text = (name: string) => (typeof finding.fields[name] === 'string' ? (finding.fields[name] as string) : '');
    const outcome = text('Outcome');
    return {
      tenant: run.tenant,
      source: run.name,
      activity: text('Activity') || run.name,
      outcome: OUTCOMES.has(outcome) ? (outcome as 'success' | 'failure') : 'other',
      detail: text('Detail'),
      subjects: [finding.account, finding.ip, finding.host].filter(
        (name): name is string => name !== undefined && !sameEntity(name.toLowerCase(), pivoted),
      ),
      count: finding.count,
      firstSeen: finding.first,
      lastSeen: finding.last,
    };
  });
}

/** The related entities of every run, without the pivoted entity itself, most-named first. */
function relatedOf(input: PivotCardInput): RelatedEntity[] {
  const seen = new Map<string, RelatedEntity>();
  for (const run of input.runs) {
    for (const finding of run.report?.findings ?? []) {
      for (const pivot of pivotButtons(finding, run.tenant.key)) {
        if (pivot.entity === input.entity && pivot.value === input.value) continue;
        const key = `${pivot.tenant}\u0000${pivot.entity}\u0000${pivot.value}`;
        const known = seen.get(key);
        seen.set(key, { pivot, lines: (known?.lines ?? 0) + 1 });
      }
    }
  }
  return [...seen.values()].sort((a, b) => b.lines - a.lines);
}

/** `srv-web01.contoso.local` is the host `srv-web01` pivoted on, as the host queries match it. */
function sameEntity(name: string, pivoted: string): boolean {
  return name === pivoted || name.startsWith(`${pivoted}.`);
}

function newestFirst(a: PivotEvent, b: PivotEvent): number {
  return (b.lastSeen ?? b.firstSeen ?? '').localeCompare(a.lastSeen ?? a.firstSeen ?? '');
}

export function buildPivotCardModel(input: PivotCardInput): PivotCardModel {
  const score =
    input.entity === 'ip' ? input.scores?.find((slice) => ipKey(slice.indicator) === ipKey(input.value)) : undefined;
  return {
    kind: 'pivot',
    entity: input.entity,
    value: input.value,
    scope: input.scope,
    window: input.window,
    score,
    intelUnavailable: input.intelUnavailable ?? false,
    blocks: input.blocks ?? [],
    timeline: input.runs.flatMap((run) => eventsOf(run, input.value.toLowerCase())).sort(newestFirst),
    related: relatedOf(input),
    queries: input.runs.map((run) => ({
      tenant: run.tenant,
      name: run.name,
      rows: run.report?.findings.length,
      error: run.error,
      deepLink: run.deepLink,
    })),
    runId: input.runId,
    durationMs: input.durationMs,
  };
}
