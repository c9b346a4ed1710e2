/**
 * The configuration used when no file is given: two demo tenants on generated logs and the
 * local KQL engine, the web console with two demo identities (an analyst and an approving lead),
 * the SQLite store and dry-run blocking. Everything a first `npm start` needs, nothing external.
 */
export const DEMO_ANALYST = 'analyst@demo';
export const DEMO_LEAD = 'lead@demo';

const demoTenant = (displayName: string, seed: number) => ({
  displayName,
  backend: 'local',
  local: { demo: { seed, scale: 1 } },
  channels: { console: ['console'] },
  hunters: { console: [DEMO_ANALYST, DEMO_LEAD] },
  approvers: { console: [DEMO_LEAD] },
  blocking: { provider: 'dry-run' },
  digests: [
    {
      name: 'morning',
      cron: '0 8 * * *',
      timezone: 'UTC',
      hunts: ['spray', 'bruteforce'],
      post: { console: true },
      catchUp: false,
    },
  ],
});

export const EMBEDDED_DEFAULT_CONFIG = {
  tenants: {
    'tenant-a': demoTenant('Contoso (demo)', 1),
    'tenant-b': demoTenant('Fabrikam (demo)', 2),
  },
};
