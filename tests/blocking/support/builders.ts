import pino from 'pino';
import { type BlockProvider, createBlockingService } from '../../../src/blocking/index.ts';
import { parseConfigText } from '../../../src/config/index.ts';
import { BLOCKABLE_IOC_TYPES } from '../../../src/intel/index.ts';
import type { Store } from '../../../src/store/index.ts';

export const ANALYST = { surface: 'slack', channelId: 'C1', userId: 'U-ANALYST' } as const;
export const LEAD = { surface: 'slack', channelId: 'C1', userId: 'U-LEAD' } as const;
export const LEAD2 = { surface: 'slack', channelId: 'C1', userId: 'U-LEAD2' } as const;
export const OUTSIDER = { surface: 'slack', channelId: 'C1', userId: 'U-OUTSIDER' } as const;
/** The Entra tenant tenant-a admits, so that its Teams approver may decide. */
const SOC_ENTRA = '11111111-2222-4333-8444-555555555555';
/** An approver's accounts on Teams and the console; the config's `people` says whose. */
export const LEAD_ON_TEAMS = {
  surface: 'teams',
  channelId: '19:soc@thread.tacv2',
  userId: 'aad-lead',
  entraTenantId: SOC_ENTRA,
} as const;
export const LEAD_ON_CONSOLE = { surface: 'console', channelId: 'console', userId: 'lead@corp' } as const;

/** tenant-a; `extra` goes into its `blocking`, `topLevel` (say, `people:`) after the tenants. */
export function blockingConfig(extra = '', topLevel = '') {
  return parseConfigText(
    `tenants:
  tenant-a:
    displayName: Contoso
    entraTenantId: ${SOC_ENTRA}
    local: { dataDir: ./logs }
    channels: { slack: [C1], teams: ['${LEAD_ON_TEAMS.channelId}'], console: [console] }
    hunters: { slack: ['*'] }
    approvers: { slack: [U-LEAD, U-LEAD2, U-ANALYST], teams: [aad-lead], console: [lead@corp] }
    blocking: { provider: defender-indicator, expiryDays: 30, egressRanges: [198.51.100.0/28], allowList: [203.0.113.250] ${extra} }
${topLevel}`,
    'test config',
  );
}

/** A provider double that records calls; `failNext` makes the next block call fail like a provider 500. */
export function recordingProvider() {
  const calls: { op: string; indicator: string; expiresAt?: string; title?: string }[] = [];
  let failures = 0;
  const provider: BlockProvider = {
    name: 'recording',
    target: 'recording provider',
    types: BLOCKABLE_IOC_TYPES,
    async block(request) {
      calls.push({ op: 'block', indicator: request.indicator, expiresAt: request.expiresAt, title: request.title });
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failures > 0) {
        failures -= 1;
        throw new Error('provider answered 500');
      }
      return { ref: `ind-${request.indicator}`, summary: `blocked ${request.indicator}` };
    },
    async unblock(request) {
      calls.push({ op: 'unblock', indicator: request.indicator });
    },
  };
  const failNext = (n = 1) => {
    failures = n;
  };
  return { provider, calls, failNext };
}

export function blockingService(
  store: Store,
  provider: BlockProvider,
  clock: () => number,
  extraConfig = '',
  topLevelConfig = '',
) {
  return createBlockingService({
    config: blockingConfig(extraConfig, topLevelConfig),
    store,
    providers: { 'defender-indicator': () => provider },
    logger: pino({ level: 'silent' }),
    clock,
  });
}

export const correlationId = 'corr-1';

type Caller =
  | typeof ANALYST
  | typeof LEAD
  | typeof LEAD2
  | typeof OUTSIDER
  | typeof LEAD_ON_TEAMS
  | typeof LEAD_ON_CONSOLE;

/** One decision on tenant-a by `caller`, as a button press would make it. */
export function decide(
  service: ReturnType<typeof blockingService>,
  proposalId: string,
  verb: 'approve' | 'deny' | 'retry' | 'unblock',
  caller: Caller,
  reason?: string,
) {
  return service.decide({ tenant: 'tenant-a', proposalId, verb, caller, reason, correlationId });
}
