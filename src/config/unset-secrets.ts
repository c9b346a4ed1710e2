import type { HuntopsConfig } from './schema.ts';

/**
 * The tenant secrets the config names (`credentials.secretEnv`, `credentials.passwordEnv`) whose variable is not set,
 * one sentence each naming the key and the variable, never a value. Credentials are built when a tenant first hunts
 * or blocks, so without this check a missing secret would surface only then, as that hunt's error.
 */
export function unsetTenantSecrets(config: HuntopsConfig, env: NodeJS.ProcessEnv): string[] {
  return Object.entries(config.tenants).flatMap(([key, tenant]) => {
    const credentials = tenant.credentials;
    const named =
      credentials.kind === 'clientSecret'
        ? [{ at: 'secretEnv', name: credentials.secretEnv, what: "the app's client secret" }]
        : credentials.kind === 'certificate' && credentials.passwordEnv !== undefined
          ? [{ at: 'passwordEnv', name: credentials.passwordEnv, what: "the certificate key's password" }]
          : [];
    return named
      .filter(({ name }) => !env[name])
      .map(
        ({ at, name, what }) =>
          `tenants.${key}.credentials.${at}: ${name} is not set; export ${what} there (hunts and blocks on ${key} fail without it)`,
      );
  });
}
