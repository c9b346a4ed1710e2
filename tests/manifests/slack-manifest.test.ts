import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

function load(name: string): unknown {
  return parse(readFileSync(new URL(`../../manifests/slack/${name}`, import.meta.url), 'utf8'));
}

// Strict objects mirror the manifest shapes in @slack/web-api (types/request/manifest.d.ts), so a misspelt key fails.
const slashCommand = z.strictObject({
  command: z.string().regex(/^\/[a-z-]+$/),
  url: z.url().optional(),
  description: z.string().min(1).max(2000),
  usage_hint: z.string().max(1000).optional(),
  should_escape: z.boolean().optional(),
});
const manifestSchema = z.strictObject({
  _metadata: z.strictObject({ major_version: z.number(), minor_version: z.number() }),
  display_information: z.strictObject({
    name: z.string().min(1).max(35),
    description: z.string().max(140),
    background_color: z.string().regex(/^#[0-9a-f]{6}$/i),
    long_description: z.string().min(175).max(4000),
  }),
  features: z.strictObject({
    bot_user: z.strictObject({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z.array(slashCommand).min(1),
  }),
  oauth_config: z.strictObject({ scopes: z.strictObject({ bot: z.array(z.string()) }) }),
  settings: z.strictObject({
    interactivity: z.strictObject({ is_enabled: z.boolean(), request_url: z.url().optional() }),
    org_deploy_enabled: z.boolean(),
    socket_mode_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

describe('Slack app manifests', () => {
  const http = manifestSchema.parse(load('manifest.yaml'));
  const socket = manifestSchema.parse(load('manifest.socket-mode.yaml'));

  it('HTTP: /hunt and interactivity both post to /slack/events', () => {
    const [hunt] = http.features.slash_commands;
    expect(hunt.command).toBe('/hunt');
    expect(new URL(hunt.url ?? '').pathname).toBe('/slack/events');
    expect(http.settings.interactivity).toMatchObject({ is_enabled: true });
    expect(new URL(http.settings.interactivity.request_url ?? '').pathname).toBe('/slack/events');
    expect(http.settings.socket_mode_enabled).toBe(false);
  });

  it('asks for the bot scopes huntops uses: post, slash command, CSV upload, approver lookup', () => {
    expect(http.oauth_config.scopes.bot).toEqual([
      'chat:write',
      'commands',
      'files:write',
      'users:read',
      'users:read.email',
    ]);
  });

  it('Socket Mode: the same app without request URLs', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.features.slash_commands.every((command) => command.url === undefined)).toBe(true);
    expect(socket.settings.interactivity.request_url).toBeUndefined();
    const withoutUrls = {
      ...http,
      features: {
        ...http.features,
        slash_commands: http.features.slash_commands.map(({ url: _url, ...rest }) => rest),
      },
      settings: { ...http.settings, interactivity: { is_enabled: true }, socket_mode_enabled: true },
    };
    expect(socket).toEqual(withoutUrls);
  });

  it('the strict shape rejects a misspelt key (guards the guard)', () => {
    expect(manifestSchema.safeParse({ ...http, setting: {} }).success).toBe(false);
  });
});
