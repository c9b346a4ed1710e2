import type { Authorize } from '@slack/bolt';

/**
 * bolt's `authorize` for a single-workspace bot token. Given `token` instead, bolt calls auth.test as it is
 * constructed and awaits the answer only on the first request, so a Slack that cannot be reached at start-up
 * was an unhandled rejection that ended the process. huntops answers slash commands and button presses only
 * (no message events, so no bot ids are needed to ignore its own messages); the token is checked at start-up
 * by `verifyBotToken` instead, which only logs.
 */
export function botTokenAuthorization(botToken: string): Authorize<boolean> {
  return async () => ({ botToken });
}
