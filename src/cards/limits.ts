/** Slack Block Kit limits (docs.slack.dev/reference/block-kit; @slack/types doc comments). */
export const SLACK = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionsElements: 25,
  contextElements: 10,
  actionId: 255,
  /** Notification fallback text; Slack truncates very long `text` (40,000), keep it short. */
  fallbackText: 3000,
} as const;

/**
 * Teams: bots may send ~100 KB, but Incoming Webhooks and Workflows stop at 28 KB, and cards are
 * reposted through both; 28 KB (counted as UTF-16 code units, like Teams does) is the budget for every card.
 */
export const TEAMS_CARD_BUDGET = 28 * 1024;

/** How many findings a hunt card lists before "and N more"; the size fitter may show fewer. */
export const TEAMS_MAX_FINDINGS = 15;
export const SLACK_MAX_FINDINGS = 10;
/** Proposals that get their own buttons on a hunt card; the rest are reachable through `blocks`. */
export const MAX_PROPOSAL_BUTTONS = 10;
