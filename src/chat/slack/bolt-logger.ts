import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

/** Bolt's logger interface over our pino logger, so bolt's lines are JSON and redacted like ours. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  let level = LogLevel.INFO;
  return {
    debug: (...messages) => child.debug(messages.map(String).join(' ')),
    info: (...messages) => child.info(messages.map(String).join(' ')),
    warn: (...messages) => child.warn(messages.map(String).join(' ')),
    error: (...messages) => child.error(messages.map(String).join(' ')),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
