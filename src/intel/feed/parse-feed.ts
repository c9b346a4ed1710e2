import { parse as parseCsv } from 'csv-parse/sync';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { IntelError } from '../errors.ts';
import { ACCEPTED_IOC_TYPES, type Ioc } from '../ioc/ioc.ts';
import { recognizeIoc } from '../ioc/recognize-ioc.ts';

/** One offline-feed line: an indicator of any type with a 0–100 score, where it came from, and tags. */
export interface FeedEntry {
  readonly ioc: Ioc;
  /** The address range an `ip` entry covers (a single address is a /32 or /128). */
  readonly range?: [ipaddr.IPv4 | ipaddr.IPv6, number];
  readonly indicator: string;
  readonly score: number;
  readonly source: string;
  readonly tags: readonly string[];
}

export interface ParsedFeed {
  readonly entries: readonly FeedEntry[];
  /** One message per rejected line, naming the line and what was wrong. */
  readonly problems: readonly string[];
}

const tagList = z
  .union([z.array(z.string()), z.string()])
  .transform((tags) => (typeof tags === 'string' ? tags.split(/[;|]/) : tags).map((t) => t.trim()).filter(Boolean));

const lineSchema = z.object({
  indicator: z.string().trim().min(1),
  score: z.coerce.number().min(0).max(100),
  source: z.string().trim().min(1).optional(),
  tags: tagList.optional(),
});

function toRange(ip: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  if (ip.includes('/')) return ipaddr.parseCIDR(ip);
  const address = ipaddr.parse(ip);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

function toEntry(raw: unknown, defaultSource: string): FeedEntry | string {
  const parsed = lineSchema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  const ioc = recognizeIoc(parsed.data.indicator);
  if (!ioc) return `indicator '${parsed.data.indicator}' is not ${ACCEPTED_IOC_TYPES}`;
  return {
    ioc,
    ...(ioc.type === 'ip' ? { range: toRange(ioc.value) } : {}),
    indicator: parsed.data.indicator,
    score: Math.round(parsed.data.score),
    source: parsed.data.source ?? defaultSource,
    tags: parsed.data.tags ?? [],
  };
}

const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

function jsonLines(text: string): { line: number; raw: unknown }[] {
  return text.split(/\r?\n/).flatMap((content, index) => {
    if (!isContent(content)) return [];
    try {
      return [{ line: index + 1, raw: JSON.parse(content) as unknown }];
    } catch {
      return [{ line: index + 1, raw: 'invalid JSON' }];
    }
  });
}

function csvLines(text: string): { line: number; raw: unknown }[] {
  try {
    const records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, comment: '#', info: true });
    return (records as { info: { lines: number }; record: unknown }[]).map((r) => ({
      line: r.info.lines,
      raw: r.record,
    }));
  } catch (error) {
    throw new IntelError(
      'huntops_intel_bad_feed',
      `feed is neither JSON lines nor CSV with the header indicator,score,source,tags: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/**
 * Parses an offline feed: JSON lines (`{"indicator":"203.0.113.0/28","score":90,"source":"demo","tags":["spray"]}`;
 * the indicator may be an IP, a CIDR range, a domain, which covers its subdomains, a URL or a file hash)
 * or CSV with the header `indicator,score,source,tags` (tags separated by `;`). Bad lines are reported, not fatal;
 * a file that is not CSV at all throws `huntops_intel_bad_feed`.
 */
export function parseFeed(text: string, defaultSource: string): ParsedFeed {
  const entries: FeedEntry[] = [];
  const problems: string[] = [];
  const firstLine = text.split(/\r?\n/).find(isContent) ?? '';
  const lines = firstLine.trimStart().startsWith('{') ? jsonLines(text) : csvLines(text);
  for (const { line, raw } of lines) {
    const entry = toEntry(raw, defaultSource);
    if (typeof entry === 'string') problems.push(`line ${line}: ${entry}`);
    else entries.push(entry);
  }
  return { entries, problems };
}
