import { retryAfterMs } from '../../remote/index.ts';
import { IntelError } from '../errors.ts';
import type { OtxIndicatorType } from '../ioc-target.ts';
import type { Clock } from '../types.ts';
import { EMPTY_OTX_FACTS, type OtxFacts, otxGeneralSchema, toOtxFacts } from './otx-facts.ts';

export interface OtxClientOptions {
  /** e.g. `https://otx.alienvault.com`, without `/api/v1`. */
  readonly baseUrl: string;
  /** Sent as `X-OTX-API-KEY`; never logged or put in an error message. */
  readonly apiKey: string;
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly timeoutMs: number;
}

/**
 * One OTX DirectConnect v1 call: the `general` section of an indicator. For every type it carries what the score
 * weighs (pulses with their adversaries and malware families, validation, false positives); the other sections
 * (geo, passive DNS, url_list, analysis) describe rather than judge, so they are not fetched.
 */
export type OtxClient = (value: string, type: OtxIndicatorType, signal?: AbortSignal) => Promise<OtxFacts>;

export function createOtxClient(options: OtxClientOptions): OtxClient {
  return async (value, type, signal) => {
    const url = `${options.baseUrl}/api/v1/indicators/${type}/${encodeURIComponent(value)}/general`;
    // One controller per call, cleared on completion: cheaper than AbortSignal.timeout + AbortSignal.any.
    const call = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      call.abort();
    }, options.timeoutMs);
    const abandon = () => call.abort();
    signal?.addEventListener('abort', abandon, { once: true });
    let response: Response;
    let body: string;
    try {
      response = await options.fetch(url, {
        headers: { 'X-OTX-API-KEY': options.apiKey, Accept: 'application/json', 'User-Agent': 'huntops' },
        signal: call.signal,
      });
      body = await response.text();
    } catch (error) {
      if (timedOut) {
        throw new IntelError('huntops_intel_otx_timeout', `OTX did not answer within ${options.timeoutMs} ms`, {
          cause: error,
        });
      }
      throw new IntelError('huntops_intel_otx_network', `OTX unreachable: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abandon);
    }
    if (response.status === 404) return EMPTY_OTX_FACTS;
    if (!response.ok) throw statusError(response, options.clock());
    return parseGeneral(body);
  };
}

function statusError(response: Response, now: number): IntelError {
  if (response.status === 429) {
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), now);
    return new IntelError('huntops_intel_otx_rate_limited', 'OTX rate limit reached (HTTP 429)', {
      retryAfterMs: retryAfter,
    });
  }
  if (response.status === 401 || response.status === 403) {
    return new IntelError(
      'huntops_intel_otx_auth',
      `OTX rejected the API key (HTTP ${response.status}); check OTX_API_KEY`,
    );
  }
  return new IntelError('huntops_intel_otx_http', `OTX answered HTTP ${response.status}`);
}

function parseGeneral(body: string): OtxFacts {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new IntelError('huntops_intel_otx_bad_response', 'OTX answered with invalid JSON', { cause: error });
  }
  const parsed = otxGeneralSchema.safeParse(json);
  if (!parsed.success) {
    throw new IntelError('huntops_intel_otx_bad_response', 'OTX reply lacks the expected `general` fields', {
      cause: parsed.error,
    });
  }
  return toOtxFacts(parsed.data);
}
