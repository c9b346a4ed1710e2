import { clip, plural } from '../format/text.ts';
import { MAX_PIVOT_BUTTONS, TEAMS_MAX_PIVOT_EVENTS, TEAMS_MAX_PIVOT_LINKS } from '../limits.ts';
import { pivotLabel } from '../model/pivot-buttons.ts';
import type { PivotCardModel } from '../model/pivot-model.ts';
import { eventLine, isMultiTenant, pivotLines, queryLine } from '../model/pivot-summary.ts';
import { fitCard } from './fit.ts';
import { type AdaptiveCardJson, expandTemplate } from './template.ts';

function pivotData(model: PivotCardModel, shown: number) {
  const lines = pivotLines(model);
  const multiTenant = isMultiTenant(model);
  const links = model.queries.flatMap((query) =>
    query.deepLink ? [{ label: clip(query.deepLink.label, 60), url: query.deepLink.url }] : [],
  );
  return {
    ...lines,
    facts: lines.facts.map((fact) => ({ title: fact.title, value: clip(fact.value, 400) })),
    isEmpty: model.timeline.length === 0,
    hasEvents: shown > 0,
    events: model.timeline.slice(0, shown).map((event) => {
      const line = eventLine(event, multiTenant);
      return { when: line.when, what: clip(line.what, 120), detail: clip(line.detail, 300), tone: line.tone };
    }),
    hasMore: model.timeline.length > shown,
    moreLine: `…and ${plural(model.timeline.length - shown, 'older line')}.`,
    hasRelated: model.related.length > 0,
    relatedRows: rowsOf(
      model.related.slice(0, MAX_PIVOT_BUTTONS).map(({ pivot }) => ({ ...pivot, title: clip(pivotLabel(pivot), 80) })),
    ),
    queries: model.queries.map((query) => ({
      text: clip(queryLine(query, multiTenant), 300),
      color: query.error ? 'Attention' : 'Default',
    })),
    links: links.slice(0, TEAMS_MAX_PIVOT_LINKS),
  };
}

/** Hosts show at most five actions in a set (Teams, the adaptivecards library); three UPN-long buttons fit a row. */
const BUTTONS_PER_ROW = 3;

function rowsOf<T>(buttons: readonly T[]): { buttons: T[] }[] {
  const rows: { buttons: T[] }[] = [];
  for (let start = 0; start < buttons.length; start += BUTTONS_PER_ROW)
    rows.push({ buttons: buttons.slice(start, start + BUTTONS_PER_ROW) });
  return rows;
}

export function pivotAdaptiveCard(model: PivotCardModel): AdaptiveCardJson {
  return fitCard(
    (shown) => expandTemplate('pivot', pivotData(model, shown)),
    Math.min(model.timeline.length, TEAMS_MAX_PIVOT_EVENTS),
  );
}
