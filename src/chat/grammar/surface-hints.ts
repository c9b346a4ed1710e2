import { COMMAND_SYNTAX } from './commands.ts';

/** The Slack slash command's `usage_hint`: every command's usage, as the parser reads it. */
export function slackUsageHint(): string {
  return COMMAND_SYNTAX.map((command) => command.usage).join(' | ');
}

/** The Teams manifest's `commandLists[].commands`: the verb as title, its usage and what it does as description. */
export function teamsCommands(): { title: string; description: string }[] {
  return COMMAND_SYNTAX.map((command) => ({
    title: command.verb,
    description: `${command.usage}: ${command.summary}`,
  }));
}
