import { readFileSync, type Stats, statSync } from 'node:fs';
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
  // The file as it was when last read: a poll reloads when it differs, so a change made while the feed is
  // being opened is not lost (fs.watchFile compares with its own first look, which may come after the change).
  let read: Pick<Stats, 'mtimeMs' | 'size'> | undefined;

  const load = () => {
    let feed: ParsedFeed;
    try {
      read = statSync(path);
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

  const reloadIfChanged = () => {
    let current: Stats;
    try {
      current = statSync(path);
    } catch {
      return; // Gone for now (being replaced): keep the entries; the next poll sees the new file.
    }
    if (current.mtimeMs !== read?.mtimeMs || current.size !== read?.size) load();
  };
  load();
  const poll = setInterval(reloadIfChanged, pollMs);
  poll.unref();

  return {
    evidenceFor: (ioc) => index.evidenceFor(ioc),
    describe: () => `feed ${path}`,
    close: () => clearInterval(poll),
  };
}
