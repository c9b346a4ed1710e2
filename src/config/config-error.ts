import { maskCredentials } from '../logging/index.ts';

/** A configuration that cannot be used. */
export class ConfigError extends Error {
  readonly code = 'huntops_config_invalid';
  /** One plain sentence per mistake, each naming its key path; credentials in URLs are masked. */
  readonly problems: readonly string[];
  constructor(
    readonly source: string,
    problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    const masked = problems.map(maskCredentials);
    super(`${source}: ${masked.length} problem${masked.length === 1 ? '' : 's'}\n  ${masked.join('\n  ')}`, options);
    this.problems = masked;
    this.name = 'ConfigError';
  }
}
