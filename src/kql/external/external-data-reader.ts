import { open } from 'node:fs/promises';

/**
 * Reads the text behind one `externaldata` URL, or throws ExternalDataRefusal saying why not. The engine
 * never reaches the network by itself: a deployment configures where each URL may come from.
 */
export type ExternalDataReader = (url: string) => Promise<string>;

/** Why an `externaldata` URL was not read: the message is shown in the "not available offline" diagnostic. */
export class ExternalDataRefusal extends Error {
  override readonly name = 'ExternalDataRefusal';
}

export interface ExternalDataSources {
  /** URL as written in the query → local file holding its content (an offline copy of a feed). */
  readonly files?: Readonly<Record<string, string>>;
  /** HTTPS URL prefixes that may be fetched (`https://feeds.example.org/`); nothing else is fetched. */
  readonly allowedUrlPrefixes?: readonly string[];
  /** The most bytes read from one URL or file. */
  readonly maxBytes: number;
  /** How long one fetch may take. */
  readonly timeoutMs: number;
}

/** `fetch` as the reader uses it (injected so tests and deployments choose the agent). */
export type FetchLike = (url: string, init: { signal: AbortSignal; redirect: 'manual' }) => Promise<Response>;

/**
 * A reader that answers a URL from its mapped local file first, then fetches an allow-listed HTTPS URL
 * with a deadline and a byte cap, and refuses everything else.
 *
 * @example
 * const read = createExternalDataReader({ files: { 'https://x/feed.csv': '/data/feed.csv' }, maxBytes: 5e6, timeoutMs: 10_000 }, fetch);
 */
export function createExternalDataReader(sources: ExternalDataSources, fetchUrl: FetchLike): ExternalDataReader {
  return async (url) => {
    const file = sources.files && Object.hasOwn(sources.files, url) ? sources.files[url] : undefined;
    if (file !== undefined) return readCapped(file, url, sources.maxBytes);
    const href = allowListedHref(url, sources.allowedUrlPrefixes ?? []);
    if (href === undefined) {
      throw new ExternalDataRefusal(
        `${url} is neither mapped to a local file nor an allow-listed HTTPS URL (kql.externalData in the config file)`,
      );
    }
    return fetchCapped(href, sources, fetchUrl);
  };
}

/**
 * The URL as fetch would request it, when that is under an allowed prefix. Both are compared as parsed, so
 * `/feeds/../admin` or `/feeds/%2e%2e/admin` (which fetch resolves to `/admin`) is not under `/feeds/`.
 */
function allowListedHref(url: string, prefixes: readonly string[]): string | undefined {
  const href = URL.canParse(url) ? new URL(url).href : undefined;
  if (href === undefined || !href.startsWith('https://')) return undefined;
  return prefixes.some((prefix) => URL.canParse(prefix) && href.startsWith(new URL(prefix).href)) ? href : undefined;
}

async function readCapped(path: string, url: string, maxBytes: number): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ExternalDataRefusal(
      `the file mapped to ${url} cannot be read (${(error as NodeJS.ErrnoException).code})`,
      {
        cause: error,
      },
    );
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooLarge(url, maxBytes);
    return (await handle.readFile()).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function fetchCapped(url: string, sources: ExternalDataSources, fetchUrl: FetchLike): Promise<string> {
  const signal = AbortSignal.timeout(sources.timeoutMs);
  try {
    // A redirect could lead anywhere (another host, a loopback service): only the allow-listed URL is read.
    const response = await fetchUrl(url, { signal, redirect: 'manual' });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      throw new ExternalDataRefusal(
        `${url} answered with a redirect; externaldata does not follow redirects (allow-list the final URL)`,
      );
    }
    if (!response.ok) throw new ExternalDataRefusal(`${url} answered HTTP ${response.status}`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const body = response.body?.getReader();
    for (let part = await body?.read(); part && !part.done; part = await body?.read()) {
      total += part.value.byteLength;
      if (total > sources.maxBytes) {
        await body?.cancel();
        throw tooLarge(url, sources.maxBytes);
      }
      chunks.push(part.value);
    }
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    if (error instanceof ExternalDataRefusal) throw error;
    const timedOut = signal.aborted;
    throw new ExternalDataRefusal(
      timedOut
        ? `${url} did not answer within ${sources.timeoutMs} ms`
        : `${url} could not be fetched (${(error as Error).message})`,
      { cause: error },
    );
  }
}

function tooLarge(url: string, maxBytes: number): ExternalDataRefusal {
  return new ExternalDataRefusal(`${url} holds more than ${maxBytes} bytes (kql.externalData.maxBytes)`);
}
