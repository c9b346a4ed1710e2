import { Writable } from 'node:stream';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { maskCredentials } from './mask-credentials.ts';

/** Field paths whose values never reach a log line, wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'token',
  'secret',
  'password',
  'apiKey',
  'clientSecret',
  'signingSecret',
  'authorization',
  '*.token',
  '*.secret',
  '*.password',
  '*.apiKey',
  '*.clientSecret',
  '*.signingSecret',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  'headers["x-otx-api-key"]',
  'headers["x-slack-signature"]',
  '*.headers.authorization',
  '*.headers["x-otx-api-key"]',
  'env.SLACK_BOT_TOKEN',
  'env.SLACK_SIGNING_SECRET',
  'env.SLACK_APP_TOKEN',
  'env.MicrosoftAppPassword',
  'env.OTX_API_KEY',
  'env.DATABASE_URL',
];

/** Environment variables whose values are secrets; they are also scrubbed from free text. */
export const SECRET_ENV_NAMES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'MicrosoftAppPassword',
  'OTX_API_KEY',
];

export interface LoggerOptions {
  readonly level?: string;
  /** Secret values to scrub from every line, even inside messages or error texts. */
  readonly secrets?: readonly string[];
  /** Where lines go; defaults to stdout (pretty when it is a terminal). */
  readonly destination?: DestinationStream;
  readonly pretty?: boolean;
  /** `LOG_FORMAT`: `json` or `pretty` whatever the destination; unset = pretty on a terminal, JSON otherwise. */
  readonly format?: LogFormat;
  /** False: a logged `err` keeps its type, code and message but not its stack (for people at a terminal). */
  readonly errorStacks?: boolean;
}

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** People read a terminal; services and log shippers read JSON. An explicit format wins either way. */
export function usePrettyLogs(format: LogFormat | undefined, isTty: boolean): boolean {
  return format === undefined ? isTty : format === 'pretty';
}

/**
 * Redaction by path covers structured fields; the scrubbing stream is the second line of
 * defence for a secret (or a URL with credentials) that slips into a message or an SDK's error text.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((value) => value.length >= 6);
  const sink = options.destination ?? process.stdout;
  const isTty = !options.destination && process.stdout.isTTY === true;
  const usePretty = options.pretty ?? usePrettyLogs(options.format, isTty);
  const target: DestinationStream = usePretty ? pretty({ colorize: isTty, destination: sink }) : sink;
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'huntops' },
      serializers: options.errorStacks === false ? { err: errorWithoutStack } : undefined,
    },
    scrubbing(target, secrets),
  );
}

/** The error as pino writes it, less the stack, and with its own message (pino's appends each cause's). */
function errorWithoutStack(error: Error): object {
  const { stack: _stack, ...rest } = pino.stdSerializers.err(error);
  return { ...rest, message: error.message };
}

export function secretsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const fromNames = SECRET_ENV_NAMES.map((name) => env[name]);
  // Tenant client secrets are named in the config (secretEnv); any *_SECRET / *_PASSWORD variable counts too.
  const byPattern = Object.entries(env)
    .filter(([name]) => /(SECRET|PASSWORD|TOKEN|API_KEY)$/i.test(name))
    .map(([, value]) => value);
  const passwordInUrl = env.DATABASE_URL ? safePassword(env.DATABASE_URL) : undefined;
  return [...new Set([...fromNames, ...byPattern, passwordInUrl].filter((value): value is string => !!value))];
}

function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

function scrubbing(target: DestinationStream, secrets: readonly string[]): DestinationStream {
  const escaped = secrets.map((secret) => JSON.stringify(secret).slice(1, -1));
  const all = [...new Set([...secrets, ...escaped])].sort((a, b) => b.length - a.length);
  return new Writable({
    write(chunk, _encoding, done) {
      let line = maskCredentials(chunk.toString());
      for (const secret of all) line = line.replaceAll(secret, '[redacted]');
      target.write(line);
      done();
    },
  });
}
