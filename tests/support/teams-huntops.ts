import { type BotFrameworkStandin, startBotFrameworkStandin } from '../standins/bot-framework.ts';
import { type EntraTokenStandin, startEntraTokenStandin } from '../standins/entra-token.ts';
import { type SpawnedHuntops, spawnHuntops } from './spawn-huntops.ts';
import { teamsEnv } from './teams-env.ts';

export interface TeamsHuntops {
  readonly bf: BotFrameworkStandin;
  readonly entra: EntraTokenStandin;
  readonly huntops: SpawnedHuntops;
  close(): Promise<void>;
}

/**
 * The real server as its own process (it must trust the stand-ins' CA through NODE_EXTRA_CA_CERTS) with Teams
 * pointed at a Bot Framework stand-in and the bot's app registration at an Entra stand-in.
 */
export async function startTeamsHuntops(options: {
  readonly app: { readonly id: string; readonly secret: string };
  readonly configYaml: string;
  readonly env?: Record<string, string>;
  readonly botFramework?: Parameters<typeof startBotFrameworkStandin>[0];
}): Promise<TeamsHuntops> {
  const bf = await startBotFrameworkStandin(options.botFramework);
  const entra = await startEntraTokenStandin({ clients: [{ clientId: options.app.id, secret: options.app.secret }] });
  const huntops = await spawnHuntops({
    configYaml: options.configYaml,
    env: { ...teamsEnv(bf, entra, options.app), ...options.env },
  });
  return {
    bf,
    entra,
    huntops,
    async close() {
      await huntops.stop();
      await Promise.all([bf.close(), entra.close()]);
    },
  };
}
