import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { type DigestScheduler, startDigestScheduler } from '../../src/digest/index.ts';
import type { Store } from '../../src/store/index.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { storeDialects } from '../support/store-dialects.ts';
import { deps, plan, silentLogger } from './support/builders.ts';

const postgres = (await storeDialects()).find((dialect) => dialect.name === 'postgres')!;

describe.skipIf(postgres.skipReason)('digests with two replicas on PostgreSQL', () => {
  let stores: Store[] = [];
  let schedulers: DigestScheduler[] = [];
  let slack: SlackApiStandin | undefined;
  afterEach(async () => {
    for (const scheduler of schedulers) await scheduler.stop();
    for (const store of stores) await store.close();
    await slack?.close();
    stores = [];
    schedulers = [];
  });

  it('posts each scheduled digest exactly once', async () => {
    const standin = await startSlackApiStandin();
    slack = standin;
    const shared = await postgres.open();
    stores.push(shared);
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: standin.apiUrl, retryConfig: { retries: 0 } });
    // Two replicas: two schedulers over the same database, each delivering to Slack.
    for (let replica = 0; replica < 2; replica++) {
      schedulers.push(
        startDigestScheduler({
          plans: [plan({ cron: '* * * * * *', timezone: 'UTC' })],
          deps: deps(shared, () => ['203.0.113.7']).deps,
          deliver: async (outcome) =>
            void (await client.chat.postMessage({ channel: 'C1', text: `digest ${outcome.scheduledFor}` })),
          logger: silentLogger,
        }),
      );
    }
    // Real time, a digest every second: both replicas fire every slot and race for it in the database.
    await expect.poll(() => standin.calls.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    for (const scheduler of schedulers) await scheduler.stop();
    // Every claimed slot is posted once its run finishes, and no slot twice.
    const finished = () => shared.db.selectFrom('digest_runs').select('state').where('state', '=', 'running').execute();
    await expect.poll(finished).toEqual([]);
    const claimed = await shared.db.selectFrom('digest_runs').select('scheduled_for').execute();
    const slots = standin.calls.map((call) => String(call.args.text));
    expect(slots.sort()).toEqual(claimed.map((row) => `digest ${row.scheduled_for}`).sort());
  });
});
