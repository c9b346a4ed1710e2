import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logging/index.ts';
import { type RunningHuntops, startHuntops } from '../../src/server/index.ts';
import { captureLogs } from './capture-logs.ts';
import { SOC_ENTRA_TENANT } from './teams-env.ts';

/**
 * A demo tenant reachable from Slack channel C1 (hunters: anyone there; approver: U-LEAD), the console, and
 * Teams users of the SOC_ENTRA_TENANT organisation.
 */
export const SLACK_TENANT_YAML = `tenants:
  tenant-a:
    displayName: Contoso (demo)
    entraTenantId: ${SOC_ENTRA_TENANT}
    local: { demo: { seed: 1 } }
    channels: { slack: [C1], teams: ['19:soc@thread.tacv2'], console: [console] }
    hunters: { slack: ['*'], teams: ['*'], console: [analyst@demo, lead@demo] }
    approvers: { slack: [U-LEAD, U-LEAD2], teams: [aad-lead], console: [lead@demo] }
  tenant-b:
    displayName: Fabrikam (demo)
    local: { demo: { seed: 2 } }
    channels: { slack: [C2] }
    hunters: { slack: ['*'] }
`;

/** Starts the real server on a free loopback port with its own temp data folder and captured logs. */
export async function startTestHuntops(
  options: { configYaml?: string; env?: Record<string, string>; clock?: () => number } = {},
): Promise<RunningHuntops & { logs: ReturnType<typeof captureLogs> }> {
  const dir = mkdtempSync(join(tmpdir(), 'huntops-test-'));
  const configPath = join(dir, 'huntops.config.yaml');
  writeFileSync(
    configPath,
    `${options.configYaml ?? SLACK_TENANT_YAML}store:\n  sqlitePath: ${join(dir, 'huntops.db')}\n`,
  );
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    HUNTOPS_DATA_DIR: join(dir, 'data'),
    INTEL_FEED_PATH: '',
    ...options.env,
  };
  const logs = captureLogs();
  const logger = createLogger({ destination: logs.stream, level: 'debug', secrets: Object.values(options.env ?? {}) });
  const running = await startHuntops({ env, configPath, logger, clock: options.clock });
  return Object.assign(running, { logs });
}
