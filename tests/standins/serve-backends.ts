/**
 * Starts the Entra, Log Analytics and Graph hunting stand-ins until Ctrl-C, for manual runs and
 * load tests: `node --import tsx tests/standins/serve-backends.ts [dataDir]` (default: the backends fixtures).
 * Prints a tenant `cloud`/`credentials` snippet and the secret to export.
 */
import { fileURLToPath } from 'node:url';
import { startEntraTokenStandin } from './entra-token.ts';
import { startGraphHuntingStandin } from './graph-hunting.ts';
import { startLogAnalyticsStandin } from './log-analytics.ts';
import { testTls } from './tls.ts';

const dataDir = process.argv[2] ?? fileURLToPath(new URL('../fixtures/backends/workspace-a', import.meta.url));
const clientId = '5a5a5a5a-0000-4000-8000-000000000001';
const tenantId = '7e7e7e7e-0000-4000-8000-00000000000a';
const workspaceId = '00000000-0000-0000-0000-00000000000a';
const secret = 'standin-secret';

const entra = await startEntraTokenStandin({ clients: [{ clientId, secret }] });
const logAnalytics = await startLogAnalyticsStandin({ workspaces: { [workspaceId]: dataDir } });
const graph = await startGraphHuntingStandin({ dataDir });

process.stdout.write(`export HUNTOPS_STANDIN_SECRET=${secret}
tenants:
  standin:
    displayName: Stand-in
    backend: logAnalytics
    entraTenantId: ${tenantId}
    credentials: { kind: clientSecret, clientId: ${clientId}, secretEnv: HUNTOPS_STANDIN_SECRET }
    cloud:
      authorityHost: ${entra.url}
      logAnalyticsEndpoint: ${logAnalytics.url}/v1
      graphBaseUrl: ${graph.url}
      caFile: ${testTls().caFile}   # or start huntops with NODE_EXTRA_CA_CERTS=${testTls().caFile}
    logAnalytics: { workspaceId: ${workspaceId} }
    defender: { enabled: true }
`);

process.on('SIGINT', async () => {
  await Promise.all([entra.close(), logAnalytics.close(), graph.close()]);
  process.exit(0);
});
