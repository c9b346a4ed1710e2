export interface HelpCommand {
  readonly usage: string;
  readonly description: string;
}

export interface HelpCardModel {
  readonly kind: 'help';
  readonly commands: readonly HelpCommand[];
  /** Optional first line, e.g. why help is shown (an unknown command). */
  readonly intro?: string;
}
