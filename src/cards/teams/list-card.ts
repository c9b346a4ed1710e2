import { clip, plural } from '../format/text.ts';
import type { ListItem, ListView } from '../model/list-view.ts';
import { executeButtons } from './buttons.ts';
import { fitCard } from './fit.ts';
import { type AdaptiveCardJson, expandTemplate } from './template.ts';

/** Lists past this length are summarised even when they would fit: a card is read, not scrolled. */
const MAX_ITEMS = 25;

function itemData(item: ListItem) {
  const verbs = (item.actions ?? []).map((action) => action.verb);
  const first = item.actions?.[0];
  return {
    heading: clip(item.heading, 200),
    hasText: Boolean(item.text),
    text: clip(item.text ?? '', 400),
    color: item.tone ?? 'Default',
    hasButtons: verbs.length > 0,
    buttons: first ? executeButtons(verbs, first.proposalId, first.tenant) : [],
  };
}

export function listAdaptiveCard(view: ListView): AdaptiveCardJson {
  const build = (shown: number) =>
    expandTemplate('list', {
      title: view.title,
      hasSummary: view.summary !== undefined,
      summary: view.summary?.text ?? '',
      summaryColor: view.summary?.tone ?? 'Default',
      isEmpty: view.items.length === 0,
      emptyText: view.emptyText,
      items: view.items.slice(0, shown).map(itemData),
      hasMore: view.items.length > shown,
      moreLine: `…and ${plural(view.items.length - shown, `more ${view.itemNoun}`)}.`,
      hasFooter: view.footer !== undefined,
      footer: view.footer ?? '',
    });
  return fitCard(build, Math.min(view.items.length, MAX_ITEMS));
}
