import { BLOCKABLE_IOC_TYPES } from '../../intel/index.ts';
import type { BlockProvider } from './block-provider.ts';

/** The embedded default: changes nothing anywhere and says exactly what it would have done. */
export function createDryRunProvider(): BlockProvider {
  return {
    name: 'dry-run',
    target: 'dry run (nothing is blocked)',
    types: BLOCKABLE_IOC_TYPES,
    async block(request) {
      return {
        ref: `dry-run:${request.proposalId}`,
        summary: `dry run: would have created a Defender ${request.iocType} indicator for ${request.indicator} on ${request.tenant}, expiring ${request.expiresAt}, titled "${request.title}"`,
      };
    },
    async unblock() {},
  };
}
