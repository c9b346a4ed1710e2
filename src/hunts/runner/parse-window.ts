import { HuntError } from '../errors.ts';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** Log Analytics keeps at most two years interactively; nobody hunts further back from chat. */
const MAX_WINDOW_MS = 730 * UNIT_MS.d;

/** `15m`, `24h`, `7d`, `1.5h` → milliseconds; anything else is a HuntError that says what is accepted. */
export function parseWindow(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : Number.NaN;
  if (!match || !(ms > 0) || ms > MAX_WINDOW_MS) {
    throw new HuntError(
      'huntops_hunt_parameter_syntax',
      `'${text}' is not a window: write a number and s, m, h or d (e.g. 90m, 24h, 7d), up to 730d.`,
    );
  }
  return ms;
}
