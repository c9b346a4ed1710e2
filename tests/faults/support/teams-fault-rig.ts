import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BotFrameworkStandin, ConnectorCall } from '../../standins/bot-framework.ts';
import type { SpawnedHuntops } from '../../support/spawn-huntops.ts';
import { SOC_CHANNEL, SOC_ENTRA_TENANT, teamsActivity } from '../../support/teams-env.ts';
import { startTeamsHuntops } from '../../support/teams-huntops.ts';
import { SMALL_RETRY_BUDGET_ENV } from './fault-rig.ts';

const APP_ID = '0b8d6f44-1111-4222-8333-9444455500f1';
const APP_SECRET = 'teams-bot-secret-for-faults-0001';
/** The Bot Framework waits this long for the bot to answer a request (a message turn, an invoke). */
export const BOT_FRAMEWORK_TURN_LIMIT_MS = 15_000;

export interface AuditRow {
  readonly action: string;
  readonly outcome: string;
  readonly actor: string;
  readonly details: Record<string, unknown>;
}

export interface InvokeAnswer {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

export interface TeamsFaultRig {
  readonly bf: BotFrameworkStandin;
  readonly huntops: SpawnedHuntops;
  /** A message from `user` in the SOC channel; rejects if the turn is not answered within the Bot Framework's limit. */
  message(text: string, user?: string): Promise<Response>;
  /** An Action.Execute press on `card`'s proposal; resolves to the invoke response, within the same limit. */
  press(card: ConnectorCall, verb: 'approve' | 'deny', user: string): Promise<InvokeAnswer>;
  /** The next card posted after `since` (an index into bf.calls) whose attachments satisfy `match`. */
  nextCard(since: number, match: (json: string) => boolean): Promise<ConnectorCall>;
  audit(): AuditRow[];
  close(): Promise<void>;
}

/**
 * The real server as its own process (it must trust the stand-ins' CA) with Teams as the surface, the small
 * retry budget of every fault test, and tenant-a's demo data: anyone in the SOC channel hunts, aad-lead and
 * aad-lead2 approve (four eyes, dry-run blocks).
 */
export async function startTeamsFaultRig(): Promise<TeamsFaultRig> {
  const teams = await startTeamsHuntops({
    app: { id: APP_ID, secret: APP_SECRET },
    configYaml: `tenants:
  tenant-a:
    displayName: Contoso (demo)
    entraTenantId: ${SOC_ENTRA_TENANT}
    local: { demo: { seed: 1 } }
    channels: { teams: ['${SOC_CHANNEL}'] }
    hunters: { teams: ['*'] }
    approvers: { teams: [aad-lead, aad-lead2] }
`,
    env: SMALL_RETRY_BUDGET_ENV,
  });
  const { bf, huntops } = teams;
  const send = async (activity: Record<string, unknown>) =>
    fetch(`${huntops.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await bf.token({ aud: APP_ID })}` },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(BOT_FRAMEWORK_TURN_LIMIT_MS),
    });
  return {
    bf,
    huntops,
    message: (text, user = 'aad-analyst') => send(teamsActivity(bf, APP_ID, user, { type: 'message', text })),
    async press(card, verb, user) {
      const json = JSON.stringify(card.body.attachments);
      const proposalId = /"proposalId":"([0-9a-f-]{36})"/.exec(json)?.[1];
      if (!proposalId) throw new Error(`no proposal on the card: ${json.slice(0, 300)}`);
      const response = await send(
        teamsActivity(bf, APP_ID, user, {
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: {
            action: { type: 'Action.Execute', verb, data: { proposalId, tenant: 'tenant-a' } },
            trigger: 'manual',
          },
        }),
      );
      if (response.status !== 200) throw new Error(`the press was answered with HTTP ${response.status}`);
      return (await response.json()) as InvokeAnswer;
    },
    nextCard: (since, match) =>
      bf.waitFor(
        (call) =>
          bf.calls.indexOf(call) >= since &&
          call.body.type === 'message' &&
          match(JSON.stringify(call.body.attachments ?? [])),
      ),
    audit: () => readAudit(huntops.dir),
    close: teams.close,
  };
}

function readAudit(dir: string): AuditRow[] {
  const db = new Database(join(dir, 'huntops.db'), { readonly: true });
  try {
    const rows = db.prepare('select action, outcome, actor, details from audit_events order by id').all() as {
      action: string;
      outcome: string;
      actor: string;
      details: string;
    }[];
    return rows.map((row) => ({ ...row, details: JSON.parse(row.details) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}
