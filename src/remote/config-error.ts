/** A cloud or credential setting of a tenant that cannot work; the message names the field and how to fix it. */
export class RemoteConfigError extends Error {
  override readonly name = 'RemoteConfigError';
  readonly code = 'huntops_remote_config_invalid';
}
