import type { BlockProvider } from './block-provider.ts';

/** The embedded default: changes nothing anywhere and says exactly what it would have done. */
export function createDryRunProvider(): BlockProvider {
  return {
    name: 'dry-run',
    target: 'dry run (nothing is blocked)',
    async block(request) {
      return {
        ref: `dry-run:${request.proposalId}`,
        summary: `dry run: would have created a Defender indicator "Block" for ${request.indicator} on ${request.tenant}, expiring ${request.expiresAt}, titled "${request.title}"`,
      };
    },
    async unblock() {},
  };
}
