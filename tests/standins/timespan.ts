/** The service-side reading of an ISO-8601 timespan: `start/end`, `start/duration`, `duration/end` or `duration` (ending now). */
export function parseTimespan(text: string, now: Date): { start: Date; end: Date } {
  const [first, second] = text.split('/');
  if (second === undefined) return { start: new Date(now.getTime() - durationMs(first)), end: now };
  if (first.startsWith('P')) {
    const end = parseInstant(second);
    return { start: new Date(end.getTime() - durationMs(first)), end };
  }
  const start = parseInstant(first);
  return second.startsWith('P')
    ? { start, end: new Date(start.getTime() + durationMs(second)) }
    : { start, end: parseInstant(second) };
}

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

function durationMs(text: string): number {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text === 'PT') throw new Error(`'${text}' is not an ISO-8601 duration`);
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

function parseInstant(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`'${text}' is not an ISO-8601 datetime`);
  return date;
}
