import type { CardActionPayload } from '../actions.ts';

/** Colour words shared by all renderers (Adaptive Card colour names; Slack and text map them to marks). */
export type Tone = 'Default' | 'Accent' | 'Good' | 'Warning' | 'Attention';

export interface ListItem {
  readonly heading: string;
  readonly text?: string;
  readonly tone?: Tone;
  readonly actions?: readonly CardActionPayload[];
}

/**
 * The renderer-neutral shape of every list-like card (digest, sweep progress, tenants, blocks, help):
 * one renderer per surface draws them all, so the kinds only decide what the lines say.
 */
export interface ListView {
  readonly title: string;
  readonly summary?: { readonly text: string; readonly tone: Tone };
  readonly emptyText: string;
  /** Noun for "…and N more <noun>" when a surface cannot show every item. */
  readonly itemNoun: string;
  readonly items: readonly ListItem[];
  readonly footer?: string;
}
