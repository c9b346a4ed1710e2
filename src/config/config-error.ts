/** A configuration that cannot be used. `problems` holds one plain sentence per mistake, each naming its key path. */
export class ConfigError extends Error {
  readonly code = 'huntops_config_invalid';
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(
      `${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${problems.join('\n  ')}`,
      options,
    );
    this.name = 'ConfigError';
  }
}
