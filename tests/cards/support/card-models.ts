import { STATES } from '../../../src/blocking/index.ts';
import {
  buildHuntCardModel,
  buildPivotCardModel,
  type CardModel,
  type ProposalState,
  type ProposalView,
  type TenantRef,
} from '../../../src/cards/index.ts';
import { pivotInput } from './pivot-builder.ts';
import { huntInput } from './report-builder.ts';

/** Every state a card can show: blocking's states but `unblocking`, which cards show as blocked. */
export const PROPOSAL_STATES = STATES.filter((state): state is ProposalState => state !== 'unblocking');

const TENANT: TenantRef = { key: 'tenant-a', displayName: 'Contoso' };
const UNICODE_TENANT: TenantRef = { key: 'tenant-ü', displayName: 'Ünïcødé 株式会社 🦊' };

export function proposalIn(state: ProposalState, extra: Partial<ProposalView> = {}): ProposalView {
  const decided = state !== 'proposed' && state !== 'expired';
  return {
    id: `prop-${state}`,
    indicator: '203.0.113.9',
    state,
    requestedBy: 'alice@contoso.example',
    ...(decided ? { decidedBy: 'bob@contoso.example', decidedAt: '2026-11-20T10:05:00Z' } : {}),
    ...(state === 'denied' ? { reason: 'Known partner VPN egress' } : {}),
    ...(state === 'failed' ? { reason: 'Defender API answered 403 Forbidden' } : {}),
    ...(state === 'unblocked' ? { reason: 'False positive after review' } : {}),
    expiresAt: '2026-12-20T10:05:00Z',
    ...extra,
  };
}

function manyTenants(count: number): TenantRef[] {
  return Array.from({ length: count }, (_, index) => ({
    key: `t${index}`,
    displayName: `Customer ${index} ${'Ω'.repeat(index % 7)}`,
  }));
}

/** Every card the bot can produce, including the largest lists a busy SOC would see. */
export function allCardModels(): Array<[string, CardModel]> {
  const models: Array<[string, CardModel]> = [
    ['hunt with 3 findings', buildHuntCardModel(huntInput({ findings: 3 }))],
    ['empty hunt', buildHuntCardModel({ ...huntInput({ findings: 0, proposals: 0 }), deepLink: undefined })],
    ['hunt with 200 findings, long text', buildHuntCardModel(huntInput({ findings: 200, long: true, proposals: 30 }))],
    [
      'hunt with 200 findings, unicode',
      buildHuntCardModel(huntInput({ findings: 200, unicode: true, accountsPerFinding: 50, proposals: 12 })),
    ],
    [
      'hunt with intel down',
      buildHuntCardModel({ ...huntInput({ findings: 20 }), scores: [], intelUnavailable: true }),
    ],
    ['hunt whose findings name accounts and hosts', buildHuntCardModel(huntWithEntities())],
    ['pivot on an IP', buildPivotCardModel(pivotInput({ events: 12, tenants: 1 }))],
    ['empty pivot', buildPivotCardModel(pivotInput({ events: 0, tenants: 1 }))],
    [
      'pivot across 40 tenants, 400 lines, long text',
      buildPivotCardModel(pivotInput({ events: 400, tenants: 40, long: true })),
    ],
    ['pivot, unicode, intel down', buildPivotCardModel(pivotInput({ events: 60, tenants: 3, unicode: true }))],
    [
      'error',
      {
        kind: 'error',
        code: 'huntops_query_timeout',
        message: 'Query exceeded 10 min '.repeat(200),
        tenant: TENANT,
        runId: 'r-1',
      },
    ],
    ['error with unknown code', { kind: 'error', code: 'weird_thing' }],
    ...PROPOSAL_STATES.map((state): [string, CardModel] => [
      `approval ${state}`,
      {
        kind: 'approval',
        tenant: TENANT,
        proposal: proposalIn(state),
        target: 'Defender indicator',
        source: { template: 'Password spray', runId: 'r-1' },
        score: {
          indicator: '203.0.113.9',
          score: 92,
          band: 'high',
          reasons: ['In 48 OTX pulses'],
          country: 'NL',
          asn: 'AS1',
        },
      },
    ]),
    [
      'digest',
      {
        kind: 'digest',
        title: 'Daily hunt digest',
        period: { start: '2026-11-19T00:00:00Z', end: '2026-11-20T00:00:00Z' },
        entries: manyTenants(120).map((tenant, index) => ({
          tenant,
          template: 'Password spray',
          severity: 'High',
          findings: index % 4,
          newFindings: index % 2,
          ...(index % 4 ? { top: { indicator: `198.51.100.${index}`, score: 80, band: 'high' as const } } : {}),
          ...(index === 7 ? { error: 'AADSTS7000215: invalid client secret' } : {}),
        })),
        pendingApprovals: 3,
        activeBlocks: 17,
        runId: 'digest-1',
      },
    ],
    [
      'sweep progress',
      {
        kind: 'sweep',
        template: { command: 'spray', name: 'Password spray' },
        runId: 'sweep-1',
        tenants: manyTenants(50).map((tenant, index) => ({
          tenant,
          state: index < 11 ? 'done' : index === 11 ? 'failed' : index < 14 ? 'running' : 'queued',
          ...(index < 11 ? { findings: index === 3 || index === 8 ? 4 : 0, durationMs: 2300 } : {}),
          ...(index === 11 ? { error: 'Log Analytics answered 403: workspace access denied' } : {}),
        })),
      },
    ],
    [
      'sweep with 500 tenants',
      {
        kind: 'sweep',
        template: { command: 'spray', name: 'Password spray' },
        runId: 's',
        tenants: manyTenants(500).map((tenant) => ({ tenant, state: 'queued' })),
      },
    ],
    [
      'tenants',
      {
        kind: 'tenants',
        tenants: [
          { ...TENANT, backend: 'logAnalytics', status: 'ok' },
          { ...UNICODE_TENANT, backend: 'defender', status: 'auth failed' },
        ],
      },
    ],
    ['no tenants', { kind: 'tenants', tenants: [] }],
    [
      'blocks',
      {
        kind: 'blocks',
        blocks: Array.from({ length: 60 }, (_, index) => ({
          ...proposalIn(PROPOSAL_STATES[index % PROPOSAL_STATES.length], {
            id: `prop-${index}`,
            indicator: `198.51.100.${index}`,
          }),
          tenant: index % 2 ? TENANT : UNICODE_TENANT,
        })),
      },
    ],
    [
      'help',
      {
        kind: 'help',
        intro: 'Unknown command "hnut".',
        commands: [
          {
            usage: 'hunt <template> <tenant|all> [window=1d]',
            description: 'Run a hunt template on one tenant or all of them.',
          },
          { usage: 'list', description: 'List hunt templates.' },
          { usage: 'tenants', description: 'List tenants.' },
          { usage: 'blocks', description: 'Show blocks and proposals.' },
          { usage: 'block <ip> <tenant>', description: 'Propose a block.' },
          { usage: 'unblock <ip> <tenant>', description: 'Lift a block.' },
          { usage: 'help', description: 'This list.' },
        ],
      },
    ],
  ];
  return models;
}

/** A hunt whose findings name an IP, a UPN or an NTDOMAIN\\name account, and a host: the pivot buttons' inputs. */
export function huntWithEntities() {
  const input = huntInput({ findings: 12 });
  const findings = input.report.findings.map((finding, index) => ({
    ...finding,
    account: index % 2 ? `CONTOSO\\user${index}` : `user${index}@contoso.example`,
    ...(index % 3 === 0 ? { host: `ws-${index}.contoso.local` } : {}),
  }));
  return { ...input, report: { ...input.report, findings } };
}
