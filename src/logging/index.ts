// Public surface of logging: pino with secrets redacted, and correlation ids.
export type { Logger } from 'pino';
export { newCorrelationId } from './correlation.ts';
export {
  createLogger,
  LOG_FORMATS,
  type LogFormat,
  type LoggerOptions,
  REDACTED_PATHS,
  SECRET_ENV_NAMES,
  secretsFromEnv,
  usePrettyLogs,
} from './create-logger.ts';
export { maskCredentials } from './mask-credentials.ts';
