import { bandColor, proposalStateColor, scoreLabel } from '../format/bands.ts';
import { iocLabel } from '../format/ioc-label.ts';
import { plural } from '../format/text.ts';
import { formatDuration, formatTime, formatWindow } from '../format/time.ts';
import type { BlocksCardModel } from './blocks-model.ts';
import type { DigestBlockEvent, DigestCardModel, DigestEntry } from './digest-model.ts';
import type { HelpCardModel } from './help-model.ts';
import { tenantLine } from './hunt-summary.ts';
import type { ListItem, ListView } from './list-view.ts';
import { proposalStatus } from './proposal-status.ts';
import { type SweepCardModel, type SweepTenantLine, sweepProgress } from './sweep-model.ts';
import type { TenantsCardModel } from './tenants-model.ts';

function digestItem(entry: DigestEntry): ListItem {
  const heading = `${tenantLine(entry.tenant)} · ${entry.template} (${entry.severity})`;
  if (entry.error) return { heading, text: `Failed: ${entry.error}`, tone: 'Attention' };
  const fresh = entry.newFindings === undefined ? '' : `, ${entry.newFindings} new`;
  const still = entry.stillActive ? `, ${entry.stillActive} still active` : '';
  const gone = entry.gone ? `, ${entry.gone} gone` : '';
  const top = entry.top
    ? ` · top ${iocLabel(entry.top.indicator)} (${scoreLabel(entry.top.score, entry.top.band)})`
    : '';
  return {
    heading,
    text: `${plural(entry.findings, 'finding')}${fresh}${still}${gone}${top}`,
    tone: entry.top ? bandColor(entry.top.band) : entry.findings > 0 ? 'Warning' : 'Good',
  };
}

export function digestView(model: DigestCardModel): ListView {
  const total = model.entries.reduce((sum, entry) => sum + entry.findings, 0);
  const failed = model.entries.filter((entry) => entry.error).length;
  const failures = failed ? ` · ${plural(failed, 'hunt')} failed` : '';
  const late = model.lateFor ? ` · late: this digest was due at ${formatTime(model.lateFor)}` : '';
  return {
    title: model.title,
    summary: {
      text: `${formatWindow(model.period)} · ${plural(total, 'finding')}${failures} · ${plural(model.pendingApprovals, 'approval')} pending · ${plural(model.activeBlocks, 'active block')}${late}`,
      tone: failed ? 'Attention' : total ? 'Warning' : 'Good',
    },
    emptyText: 'No hunts ran in this period.',
    itemNoun: 'hunt',
    items: [...model.entries.map(digestItem), ...(model.blockEvents ?? []).map(blockEventItem)],
    footer: `Digest run ${model.runId}`,
  };
}

function blockEventItem(event: DigestBlockEvent): ListItem {
  return {
    heading: `${tenantLine(event.tenant)} · ${iocLabel(event.indicator)}`,
    text: `${event.state} by ${event.by} at ${formatTime(event.at)}`,
    tone: proposalStateColor(event.state as Parameters<typeof proposalStateColor>[0]),
  };
}

const SWEEP_TONES = { queued: 'Default', running: 'Accent', done: 'Good', failed: 'Attention' } as const;

function sweepItem(line: SweepTenantLine): ListItem {
  const took = line.durationMs === undefined ? '' : ` in ${formatDuration(line.durationMs)}`;
  const text =
    line.state === 'failed'
      ? `failed${took}: ${line.error ?? 'unknown error'}`
      : line.state === 'done'
        ? `${plural(line.findings ?? 0, 'finding')}${took}`
        : line.state;
  const tone = line.state === 'done' && (line.findings ?? 0) > 0 ? 'Warning' : SWEEP_TONES[line.state];
  return { heading: tenantLine(line.tenant), text, tone };
}

export function sweepView(model: SweepCardModel): ListView {
  const progress = sweepProgress(model);
  const failed = progress.failed ? `, ${progress.failed} failed` : '';
  return {
    title: `${model.template.name} across tenants`,
    summary: {
      text: `${progress.done}/${progress.total} tenants done, ${progress.withFindings} with findings${failed}`,
      tone: progress.failed ? 'Attention' : progress.done === progress.total ? 'Good' : 'Accent',
    },
    emptyText: 'No tenants selected.',
    itemNoun: 'tenant',
    // Tenants with findings or failures matter most while the sweep runs; they go first.
    items: [...model.tenants].sort((a, b) => sweepRank(a) - sweepRank(b)).map(sweepItem),
    footer: `Run ${model.runId} · /hunt ${model.template.command} all`,
  };
}

const SWEEP_ORDER = { failed: 0, running: 2, done: 3, queued: 4 } as const;

function sweepRank(line: SweepTenantLine): number {
  return (line.findings ?? 0) > 0 && line.state !== 'failed' ? 1 : SWEEP_ORDER[line.state];
}

export function tenantsView(model: TenantsCardModel): ListView {
  return {
    title: 'Tenants',
    summary: { text: plural(model.tenants.length, 'tenant'), tone: 'Default' },
    emptyText: 'No tenants are configured. Add them to the huntops config.',
    itemNoun: 'tenant',
    items: model.tenants.map((tenant) => ({
      heading: tenantLine(tenant),
      text: [tenant.backend, tenant.status].filter(Boolean).join(' · '),
      tone: tenant.status && tenant.status !== 'ok' ? 'Attention' : 'Default',
    })),
  };
}

export function blocksView(model: BlocksCardModel): ListView {
  return {
    title: 'Active blocks',
    emptyText: 'Nothing is blocked here.',
    itemNoun: 'block',
    items: model.blocks.map((block) => {
      const status = proposalStatus(block);
      return {
        heading: `${iocLabel(block.indicator)} · ${tenantLine(block.tenant)}`,
        text: [status.headline, status.detail, `requested by ${block.requestedBy}`].filter(Boolean).join(' · '),
        tone: proposalStateColor(block.state),
        actions: status.verbs.map((verb) => ({ verb, proposalId: block.id, tenant: block.tenant.key })),
      };
    }),
  };
}

export function helpView(model: HelpCardModel): ListView {
  return {
    title: 'huntops commands',
    summary: model.intro ? { text: model.intro, tone: 'Default' } : undefined,
    emptyText: 'No commands available.',
    itemNoun: 'command',
    items: model.commands.map((command) => ({ heading: command.usage, text: command.description })),
  };
}

export type ListCardModel = DigestCardModel | SweepCardModel | TenantsCardModel | BlocksCardModel | HelpCardModel;

export function listViewOf(model: ListCardModel): ListView {
  switch (model.kind) {
    case 'digest':
      return digestView(model);
    case 'sweep':
      return sweepView(model);
    case 'tenants':
      return tenantsView(model);
    case 'blocks':
      return blocksView(model);
    case 'help':
      return helpView(model);
  }
}
