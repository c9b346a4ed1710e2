import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { jsonBody, type RecordedCall, type Reply, type Standin, startHttpsStandin } from './https-standin.ts';

const INDICATOR_TYPES = [
  'FileSha1',
  'FileMd5',
  'CertificateThumbprint',
  'FileSha256',
  'IpAddress',
  'DomainName',
  'Url',
];
// The docs disagree on which actions are still accepted, so the stand-in takes all seven (api-contracts §3.1).
const ACTIONS = ['Alert', 'Warn', 'Block', 'Audit', 'BlockAndRemediate', 'AlertAndBlock', 'Allowed'];
const SEVERITIES = ['Informational', 'Low', 'Medium', 'High'];
const REQUIRED = ['indicatorValue', 'indicatorType', 'action', 'title', 'description'] as const;
const OPTIONAL = [
  'application',
  'expirationTime',
  'severity',
  'recommendedActions',
  'rbacGroupNames',
  'educateUrl',
  'generateAlert',
];

export interface StoredIndicator {
  readonly id: string;
  readonly indicatorValue: string;
  readonly indicatorType: string;
  readonly action: string;
  readonly title: string;
  readonly description: string;
  readonly application: string | null;
  readonly expirationTime: string | null;
  readonly severity: string;
  readonly generateAlert: boolean;
  readonly recommendedActions: string | null;
  readonly creationTimeDateTimeUtc: string;
  readonly lastUpdateTime: string;
}

export interface DefenderIndicatorsStandin extends Standin {
  /** Active indicators, oldest first. */
  indicators(): StoredIndicator[];
  /** Submissions that created an indicator vs. those that updated one with the same value and type. */
  readonly counts: { creates: number; updates: number; deletes: number };
  /** The next `times` submissions are applied but never answered: the crash window where the caller cannot know. */
  applyThenHang(times?: number): void;
}

/**
 * Defender for Endpoint indicators API (`/api/indicators`): submit-or-update keyed by value and type,
 * delete by id, list with a simple `$filter`; validates bodies like the service (case-sensitive names,
 * no CIDR for IPs, generateAlert with Audit) and refuses new indicators beyond `cap` (default 15,000).
 */
export async function startDefenderIndicatorsStandin(
  options: { acceptToken?: (token: string) => boolean; cap?: number } = {},
): Promise<DefenderIndicatorsStandin> {
  const store = new Map<string, StoredIndicator>();
  const counts = { creates: 0, updates: 0, deletes: 0 };
  let nextId = 1000;
  let hangs = 0;
  const cap = options.cap ?? 15_000;

  const submit = (call: RecordedCall): Reply => {
    const body = jsonBody(call);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return mdeError(400, 'InvalidRequestBody', 'The request body is not a JSON object.');
    const fields = body as Record<string, unknown>;
    const unknown = Object.keys(fields).find(
      (key) => !(REQUIRED as readonly string[]).includes(key) && !OPTIONAL.includes(key),
    );
    if (unknown)
      return mdeError(400, 'InvalidRequestBody', `Unknown property '${unknown}' (names are case-sensitive).`);
    const missing = REQUIRED.find((key) => typeof fields[key] !== 'string' || fields[key] === '');
    if (missing) return mdeError(400, 'MissingRequiredParameter', `Parameter '${missing}' is required.`);
    const value = fields.indicatorValue as string;
    if (!INDICATOR_TYPES.includes(fields.indicatorType as string))
      return mdeError(400, 'InvalidInput', `Unknown indicatorType '${fields.indicatorType}'.`);
    if (fields.indicatorType === 'IpAddress' && isIP(value) === 0)
      return mdeError(400, 'InvalidIpAddress', `'${value}' is not an IP address (CIDR is not supported).`);
    if (!ACTIONS.includes(fields.action as string))
      return mdeError(400, 'InvalidInput', `Unknown action '${fields.action}'.`);
    if (fields.severity !== undefined && !SEVERITIES.includes(fields.severity as string))
      return mdeError(400, 'InvalidInput', `Unknown severity '${fields.severity}'.`);
    if (fields.action === 'Audit' && fields.generateAlert !== true)
      return mdeError(400, 'InvalidRequestBody', 'generateAlert must be true when action is Audit.');
    if (fields.expirationTime !== undefined && Number.isNaN(Date.parse(String(fields.expirationTime))))
      return mdeError(400, 'InvalidInput', `expirationTime '${fields.expirationTime}' is not a DateTimeOffset.`);
    const existing = [...store.values()].find(
      (indicator) => indicator.indicatorValue === value && indicator.indicatorType === fields.indicatorType,
    );
    if (!existing && store.size >= cap)
      return mdeError(400, 'BadRequest', `Maximum number of indicators (${cap}) reached for this tenant.`);
    const now = new Date().toISOString();
    const indicator: StoredIndicator = {
      id: existing?.id ?? String(nextId++),
      indicatorValue: value,
      indicatorType: fields.indicatorType as string,
      action: fields.action as string,
      title: fields.title as string,
      description: fields.description as string,
      // `application` is set on create only.
      application: existing ? existing.application : ((fields.application as string | undefined) ?? null),
      expirationTime: (fields.expirationTime as string | undefined) ?? null,
      severity: (fields.severity as string | undefined) ?? 'Informational',
      generateAlert: fields.generateAlert === true,
      recommendedActions: (fields.recommendedActions as string | undefined) ?? null,
      creationTimeDateTimeUtc: existing?.creationTimeDateTimeUtc ?? now,
      lastUpdateTime: now,
    };
    store.set(indicator.id, indicator);
    if (existing) counts.updates++;
    else counts.creates++;
    return { status: 200, json: { ...indicator, source: 'huntops-app', sourceType: 'AadApp', rbacGroupNames: [] } };
  };

  const standin = await startHttpsStandin((call) => {
    const url = new URL(call.path, 'https://standin');
    const token = /^Bearer (.+)$/.exec(String(call.headers.authorization ?? ''))?.[1];
    if (token === undefined || !(options.acceptToken?.(token) ?? true))
      return mdeError(401, 'Unauthorized', 'The access token is missing or invalid.');
    if (call.method === 'POST' && url.pathname === '/api/indicators') {
      const reply = submit(call);
      if (hangs === 0) return reply;
      hangs--;
      return new Promise<Reply>(() => {}); // close() tears the socket down
    }
    const byId = /^\/api\/indicators\/([^/]+)$/.exec(url.pathname);
    if (call.method === 'DELETE' && byId) {
      if (!store.delete(decodeURIComponent(byId[1])))
        return mdeError(404, 'NotFound', `Indicator ${byId[1]} not found.`);
      counts.deletes++;
      return { status: 204 };
    }
    if (call.method === 'GET' && url.pathname === '/api/indicators') {
      const value = [...store.values()].filter(matches(url.searchParams.get('$filter')));
      return {
        status: 200,
        json: { '@odata.context': 'https://api.security.microsoft.com/api/$metadata#Indicators', value },
      };
    }
    return mdeError(404, 'ResourceNotFound', `no route ${call.method} ${url.pathname}`);
  });
  return {
    ...standin,
    indicators: () => [...store.values()],
    counts,
    applyThenHang: (times = 1) => {
      hangs += times;
    },
  };
}

/** `field eq 'value'` clauses joined by `and`: the subset huntops uses. */
function matches(filter: string | null): (indicator: StoredIndicator) => boolean {
  if (!filter) return () => true;
  const clauses = filter.split(/\s+and\s+/i).map((clause) => /^(\w+) eq '(.*)'$/.exec(clause.trim()));
  return (indicator) =>
    clauses.every((clause) => clause !== null && String(indicator[clause[1] as keyof StoredIndicator]) === clause[2]);
}

function mdeError(status: number, code: string, message: string): Reply {
  return { status, json: { error: { code, message, target: randomUUID() } } };
}
