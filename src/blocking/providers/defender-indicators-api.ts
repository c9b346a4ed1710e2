import type { TokenCredential } from '@azure/identity';
import { Agent } from 'undici';
import { retryAfterMs } from '../../remote/index.ts';
import { BlockProviderError, ProviderHttpError } from './provider-error.ts';
import { type ProviderCallObserver, type ProviderRetryPolicy, withProviderRetry } from './provider-retry.ts';

/** The indicator types huntops submits (the API also knows FileMd5 and CertificateThumbprint). */
export type IndicatorType = 'IpAddress' | 'DomainName' | 'Url' | 'FileSha1' | 'FileSha256';

/** The body of `POST /api/indicators` (names are case-sensitive on the wire). */
export interface IndicatorSubmission {
  readonly indicatorValue: string;
  readonly indicatorType: IndicatorType;
  readonly action: string;
  readonly title: string;
  readonly description: string;
  readonly expirationTime: string;
  readonly severity: 'Informational' | 'Low' | 'Medium' | 'High';
  readonly recommendedActions: string;
  readonly application: string;
  readonly generateAlert: boolean;
}

/** A tenant holds at most 15,000 active indicators. */
export const DEFENDER_INDICATOR_CAP = 15_000;
// The cap's error is not documented; these are the phrasings a full tenant is known to answer with.
const CAP_MESSAGE = /15,?000|maximum number of indicators|indicators? (limit|quota)/i;

interface ApiOptions {
  readonly tenantKey: string;
  readonly host: string;
  readonly scope: string;
  readonly credential: TokenCredential;
  readonly policy: ProviderRetryPolicy;
  readonly observe?: ProviderCallObserver;
  readonly cloud: { readonly caPem: string | undefined };
}

/** The three Defender for Endpoint indicator calls huntops makes, each with bounded retries. */
export function defenderIndicatorsApi(options: ApiOptions) {
  // fetch (undici) takes an extra CA only through a dispatcher, the same way the Graph client is given one.
  const dispatcher =
    options.cloud.caPem === undefined ? undefined : new Agent({ connect: { ca: options.cloud.caPem } });
  const what = (operation: string) => `Defender indicator ${operation} for tenant '${options.tenantKey}'`;
  const withRetry = <T>(operation: string, call: (signal: AbortSignal) => Promise<T>) =>
    withProviderRetry(what(operation), options.policy, call, options.observe);

  const send = async (method: string, path: string, signal: AbortSignal, body?: unknown): Promise<Response> => {
    const token = await options.credential.getToken(options.scope, { abortSignal: signal });
    if (!token)
      throw new BlockProviderError('huntops_block_auth_failed', `${what(method)}: no token for ${options.scope}`);
    const response = await fetch(`${options.host}${path}`, {
      method,
      signal,
      headers: {
        authorization: `Bearer ${token.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...(dispatcher ? { dispatcher } : {}),
    } as RequestInit);
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) throw await httpError(response);
    return response;
  };

  return {
    async submit(indicator: IndicatorSubmission): Promise<{ id: string }> {
      return withRetry('submit', async (signal) => {
        try {
          const answer = (await (await send('POST', '/api/indicators', signal, indicator)).json()) as { id?: unknown };
          if (answer.id === undefined || answer.id === null)
            throw new BlockProviderError(
              'huntops_block_rejected',
              `${what('submit')}: the answer carried no indicator id`,
            );
          return { id: String(answer.id) };
        } catch (error) {
          throw capacityError(error, options.tenantKey) ?? error;
        }
      });
    },
    /** Deletes an indicator; one that is already gone (404) counts as removed. */
    async remove(id: string): Promise<void> {
      await withRetry('delete', (signal) => send('DELETE', `/api/indicators/${encodeURIComponent(id)}`, signal));
    },
    /** The id of the indicator of `type` for `value`, when one exists. */
    async findId(value: string, type: IndicatorType): Promise<string | undefined> {
      // OData string literals double their quotes; a URL may hold one.
      const filter = `indicatorValue eq '${value.replaceAll("'", "''")}' and indicatorType eq '${type}'`;
      return withRetry('lookup', async (signal) => {
        const list = (await (
          await send('GET', `/api/indicators?$filter=${encodeURIComponent(filter)}`, signal)
        ).json()) as { value?: { id?: unknown }[] };
        const id = list.value?.[0]?.id;
        return id === undefined || id === null ? undefined : String(id);
      });
    },
  };
}

async function httpError(response: Response): Promise<ProviderHttpError> {
  const text = await response.text().catch(() => '');
  let code: string | undefined;
  let message = text.slice(0, 300) || response.statusText;
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
    code = body.error?.code;
    message = `${code ?? 'Error'}: ${body.error?.message ?? message}`;
  } catch {
    // not JSON: keep the start of the text
  }
  return new ProviderHttpError(response.status, code, message, retryAfterMs(response.headers.get('retry-after')));
}

function capacityError(error: unknown, tenantKey: string): BlockProviderError | undefined {
  if (!(error instanceof ProviderHttpError) || error.statusCode >= 500 || !CAP_MESSAGE.test(error.message))
    return undefined;
  return new BlockProviderError(
    'huntops_block_capacity',
    `tenant '${tenantKey}' has reached Defender's limit of ${DEFENDER_INDICATOR_CAP.toLocaleString('en-US')} active indicators (${error.message}): remove stale indicators or shorten blocking.expiryDays`,
    { cause: error },
  );
}
