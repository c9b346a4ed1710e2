import type { TimeWindow } from '../model/types.ts';

/** `2026-11-20 08:15 UTC`: minute precision is what an analyst reads on a card; bad input is shown as given. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatWindow(window: TimeWindow): string {
  return `${formatTime(window.start)} → ${formatTime(window.end)}`;
}

/** `850 ms`, `12.4 s`, `3 min 05 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}
