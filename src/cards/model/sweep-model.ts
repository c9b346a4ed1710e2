import type { TenantRef } from './types.ts';

export type SweepTenantState = 'queued' | 'running' | 'done' | 'failed';

export interface SweepTenantLine {
  readonly tenant: TenantRef;
  readonly state: SweepTenantState;
  readonly findings?: number;
  readonly error?: string;
  readonly durationMs?: number;
}

/** A hunt across many tenants, re-rendered as tenants finish ("12/50 tenants done, 2 with findings"). */
export interface SweepCardModel {
  readonly kind: 'sweep';
  readonly template: { readonly command: string; readonly name: string };
  readonly tenants: readonly SweepTenantLine[];
  readonly runId: string;
}

export function sweepProgress(model: SweepCardModel): {
  done: number;
  total: number;
  withFindings: number;
  failed: number;
} {
  const finished = model.tenants.filter((line) => line.state === 'done' || line.state === 'failed');
  return {
    done: finished.length,
    total: model.tenants.length,
    withFindings: model.tenants.filter((line) => (line.findings ?? 0) > 0).length,
    failed: model.tenants.filter((line) => line.state === 'failed').length,
  };
}
