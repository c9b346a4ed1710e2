// Public surface of the server: the composition root that `huntops serve` runs.

export { type ComposeOptions, composeServices, type Services } from './compose-services.ts';
export { digestDeps } from './digest-deps.ts';
export { type EnvironmentSettings, environmentSettings } from './environment-settings.ts';
export { type RunningHuntops, type StartOptions, startHuntops } from './start-huntops.ts';
export { VERSION } from './version.ts';
export { type WebhookPriority, webhookPriority } from './webhook-priority.ts';
