import * as AC from 'adaptivecards';

/**
 * Parses a card JSON with the adaptivecards library the way a host does (schema 1.5) and returns every parse
 * and validation message. It works in Node without a DOM: parsing and validation never touch `document`.
 */
export function adaptiveCardProblems(json: object): string[] {
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) problems.push(`parse: ${context.getEventAt(index).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

/** The decision buttons (approve, deny, retry, unblock, a refresh) of a card: every Action.Execute but the pivots. */
export function decisionActions(node: unknown): Array<{ verb: string; data: unknown; title: string }> {
  return executeActions(node).filter((action) => action.verb !== 'pivot');
}

/** All Action.Execute actions anywhere in a card. */
export function executeActions(node: unknown): Array<{ verb: string; data: unknown; title: string }> {
  if (Array.isArray(node)) return node.flatMap(executeActions);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own =
    record.type === 'Action.Execute' ? [record as unknown as { verb: string; data: unknown; title: string }] : [];
  return [...own, ...Object.values(record).flatMap(executeActions)];
}
