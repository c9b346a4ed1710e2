import pino from 'pino';
import { type BlockProvider, createBlockingService } from '../../../src/blocking/index.ts';
import { parseConfigText } from '../../../src/config/index.ts';
import { BLOCKABLE_IOC_TYPES } from '../../../src/intel/index.ts';
import type { Store } from '../../../src/store/index.ts';

export const ANALYST = { surface: 'slack', channelId: 'C1', userId: 'U-ANALYST' } as const;
export const LEAD = { surface: 'slack', channelId: 'C1', userId: 'U-LEAD' } as const;
export const LEAD2 = { surface: 'slack', channelId: 'C1', userId: 'U-LEAD2' } as const;
export const OUTSIDER = { surface: 'slack', channelId: 'C1', userId: 'U-OUTSIDER' } as const;

export function blockingConfig(extra = '') {
  return parseConfigText(
    `tenants:
  tenant-a:
    displayName: Contoso
    local: { dataDir: ./logs }
    channels: { slack: [C1] }
    hunters: { slack: ['*'] }
    approvers: { slack: [U-LEAD, U-LEAD2, U-ANALYST] }
    blocking: { provider: defender-indicator, expiryDays: 30, egressRanges: [198.51.100.0/28], allowList: [203.0.113.250] ${extra} }
`,
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

export function blockingService(store: Store, provider: BlockProvider, clock: () => number, extraConfig = '') {
  return createBlockingService({
    config: blockingConfig(extraConfig),
    store,
    providers: { 'defender-indicator': () => provider },
    logger: pino({ level: 'silent' }),
    clock,
  });
}

export const correlationId = 'corr-1';

type Caller = typeof ANALYST | typeof LEAD | typeof LEAD2 | typeof OUTSIDER;

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
