import { describe, expect, it } from 'vitest';
import { createLogger, secretsFromEnv } from '../../src/logging/index.ts';
import { captureLogs } from '../support/capture-logs.ts';

const env = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdefabcdef',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5',
  OTX_API_KEY: 'otx-0123456789abcdef0123456789abcdef',
  MicrosoftAppPassword: 'teams~app~password~value',
  CONTOSO_CLIENT_SECRET: 'contoso-entra-client-secret-value',
  DATABASE_URL: 'postgres://huntops:pg-password-value@db:5432/huntops',
};

describe('log redaction', () => {
  it('redacts secret fields by path and scrubs secret values from free text', () => {
    const capture = captureLogs();
    const logger = createLogger({ destination: capture.stream, secrets: secretsFromEnv(env) });
    logger.info(
      { token: env.SLACK_BOT_TOKEN, request: { headers: { authorization: 'Bearer abc.def.ghi' } } },
      'posting',
    );
    logger.info({ options: { clientSecret: env.CONTOSO_CLIENT_SECRET } }, 'credential built');
    logger.warn(`OTX said 403 for key ${env.OTX_API_KEY}`);
    logger.error(new Error(`login failed with ${env.MicrosoftAppPassword}`), 'teams auth');
    logger.info({ url: env.DATABASE_URL }, 'connecting');
    logger.info({ signingSecret: env.SLACK_SIGNING_SECRET }, 'slack');

    const text = capture.text();
    expect(capture.lines).toHaveLength(6);
    for (const secret of Object.values(env).slice(0, 5)) expect(text).not.toContain(secret);
    expect(text).not.toContain('pg-password-value');
    expect(text).not.toContain('abc.def.ghi');
    expect(text).toContain('[redacted]');
    expect(text).toContain('credential built');
  });

  it('keeps ordinary fields intact', () => {
    const capture = captureLogs();
    createLogger({ destination: capture.stream, secrets: ['some-long-secret'] }).info(
      { tenant: 'tenant-a' },
      'hunt done',
    );
    expect(JSON.parse(capture.lines[0])).toMatchObject({ tenant: 'tenant-a', msg: 'hunt done' });
  });
});
