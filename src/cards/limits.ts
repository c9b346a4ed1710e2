/** Slack Block Kit limits (docs.slack.dev/reference/block-kit; @slack/types doc comments). */
export const SLACK = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonUrl: 3000,
  actionsElements: 25,
  contextElements: 10,
  actionId: 255,
} as const;

/**
 * Teams: a bot message may be ~100 KB, but Incoming Webhooks and Workflows stop at 28 KB. Keeping every card
 * under 28 KB (UTF-16 code units, as Teams counts) lets the same card go through any of them.
 */
export const TEAMS_CARD_BUDGET = 28 * 1024;

/** Teams takes at most this many users (MRIs) in a card's `refresh.userIds`. */
export const TEAMS_MAX_REFRESH_USERS = 60;

/** How many findings a hunt card lists before "and N more"; the size fitter may show fewer. */
export const TEAMS_MAX_FINDINGS = 15;
export const SLACK_MAX_FINDINGS = 10;
/** Proposals that get their own buttons on a hunt card; the rest are reachable through `blocks`. */
export const MAX_PROPOSAL_BUTTONS = 10;

/** Timeline lines a pivot card shows before "and N older"; the size fitter may show fewer. */
export const TEAMS_MAX_PIVOT_EVENTS = 30;
export const SLACK_MAX_PIVOT_EVENTS = 40;
/** Related entities that get a pivot button (the most-named first). */
export const MAX_PIVOT_BUTTONS = 12;
/** Portal links on a pivot card: one per entity query that has one, as many as a card's action bar shows. */
export const TEAMS_MAX_PIVOT_LINKS = 5;
