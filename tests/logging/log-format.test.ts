import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/index.ts';
import { createLogger, usePrettyLogs } from '../../src/logging/index.ts';
import { captureLogs } from '../support/capture-logs.ts';

describe('log format', () => {
  it('is pretty on a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect(usePrettyLogs(undefined, true)).toBe(true);
    expect(usePrettyLogs(undefined, false)).toBe(false);
    expect(usePrettyLogs('json', true)).toBe(false);
    expect(usePrettyLogs('pretty', false)).toBe(true);
  });

  it('LOG_FORMAT=pretty writes readable lines, still scrubbed; json writes one JSON object a line', async () => {
    const pretty = captureLogs();
    createLogger({ format: 'pretty', destination: pretty.stream, secrets: ['very-secret-value'] }).info(
      { tenant: 'tenant-a' },
      'hunt done with very-secret-value',
    );
    await expect.poll(() => pretty.lines.length).toBeGreaterThan(0);
    expect(pretty.lines[0]).toMatch(/INFO.*hunt done with \[redacted\]/);
    expect(() => JSON.parse(pretty.lines[0])).toThrow();
    expect(pretty.text()).toContain('tenant-a');

    const json = captureLogs();
    createLogger({ format: 'json', destination: json.stream }).info('plain');
    expect(JSON.parse(json.lines[0])).toMatchObject({ msg: 'plain', service: 'huntops' });
  });

  it('LOG_FORMAT accepts json and pretty only', () => {
    expect(readEnv({ LOG_FORMAT: 'pretty' }).LOG_FORMAT).toBe('pretty');
    expect(() => readEnv({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });
});
