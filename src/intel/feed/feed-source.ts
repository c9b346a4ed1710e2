import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Ioc } from '../ioc/ioc.ts';
import type { Evidence, IntelLogger } from '../types.ts';
import { FeedIndex } from './feed-index.ts';
import { type ParsedFeed, parseFeed } from './parse-feed.ts';

/** The offline feed, kept current: loaded at start and again whenever the file changes. */
export interface FeedSource {
  evidenceFor(ioc: Ioc): Evidence | undefined;
  describe(): string;
  close(): void;
}

export interface FeedSourceOptions {
  readonly path: string;
  readonly logger: IntelLogger;
  /** How often the file's mtime is checked; polling survives editors that replace the file. */
  readonly pollMs?: number;
}

export function openFeedSource({ path, logger, pollMs = 1000 }: FeedSourceOptions): FeedSource {
  const defaultSource = basename(path, extname(path));
  let index = new FeedIndex([]);

  const load = () => {
    let feed: ParsedFeed;
    try {
      feed = parseFeed(readFileSync(path, 'utf8'), defaultSource);
    } catch (error) {
      // Keep the last good version: a feed being rewritten must not wipe known attackers.
      const reason = (error as Error).message;
      logger.warn({ code: 'huntops_intel_bad_feed', path, reason }, 'intel feed unreadable; kept the previous entries');
      return;
    }
    if (feed.problems.length > 0) {
      logger.warn(
        { code: 'huntops_intel_bad_feed', path, problems: feed.problems.slice(0, 10), rejected: feed.problems.length },
        'intel feed has invalid lines; they were skipped (expected: indicator, score 0-100, source, tags)',
      );
    }
    index = new FeedIndex(feed.entries);
    logger.info({ path, entries: index.size }, 'intel feed loaded');
  };

  load();
  const onChange = (current: { mtimeMs: number }, previous: { mtimeMs: number }) => {
    if (current.mtimeMs !== previous.mtimeMs) load();
  };
  watchFile(path, { interval: pollMs, persistent: false }, onChange);

  return {
    evidenceFor: (ioc) => index.evidenceFor(ioc),
    describe: () => `feed ${path}`,
    close: () => unwatchFile(path, onChange),
  };
}
