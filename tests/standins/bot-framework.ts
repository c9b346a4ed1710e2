import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { callLog } from './call-log.ts';
import { type Fault, jsonBody, type RecordedCall, startHttpsStandin } from './https-standin.ts';

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body: Record<string, unknown>;
  /** The activity id the stand-in answered with (new for POST, the updated one for PUT; empty for a member lookup). */
  readonly activityId: string;
}

/** A user in every conversation of the stand-in, as Teams returns a member (TeamsChannelAccount). */
export interface TeamsMember {
  /** The user's Teams id (MRI), `29:…`. */
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}

export interface BotFrameworkStandin {
  /** OpenID metadata URL for ToBotFromChannelOpenIdMetadataUrl. */
  readonly openIdMetadataUrl: string;
  /** serviceUrl for activities: the connector that receives the bot's replies (trailing slash, as Teams sends it). */
  readonly serviceUrl: string;
  readonly issuer: string;
  /** Connector calls the stand-in answered (a call a fault answered is not here). */
  readonly calls: ConnectorCall[];
  /** A channel token as the Bot Framework signs it; override claims to forge bad ones. */
  token(
    claims: { aud: string; serviceurl?: string; iss?: string; expiresInSeconds?: number },
    signWith?: 'trusted' | 'untrusted',
  ): Promise<string>;
  waitFor(match: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  /** Faults as every HTTPS stand-in takes them; `path` matches the raw (URL-encoded) request path. */
  inject(fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

const ISSUER = 'https://api.botframework.com';
const MEMBER_PATH = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/;
const METADATA_PATH = '/v1/.well-known/openidconfiguration';

/**
 * The Bot Framework as the bot sees it, over HTTPS with the test CA (the bot process trusts it through
 * NODE_EXTRA_CA_CERTS): the channel's OpenID metadata and signing keys (JWKS without endorsements, as
 * login.botframework.com has published them since September 2023, so botbuilder checks no channelId) and the
 * connector REST API that receives replies (POST activities, PUT updates) and answers member lookups
 * (GET /v3/conversations/{id}/members/{userId}, by MRI or Entra object id; 404 for anyone not in `members`).
 */
export async function startBotFrameworkStandin(
  options: { members?: readonly TeamsMember[] } = {},
): Promise<BotFrameworkStandin> {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const untrusted = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid: 'trusted-key', use: 'sig', alg: 'RS256' };
  const log = callLog<ConnectorCall>((call) => `${call.method} ${call.path}`);
  let base = '';
  let nextId = 0;
  const answer = (request: RecordedCall) => {
    if (request.path === METADATA_PATH)
      return {
        status: 200,
        json: { issuer: ISSUER, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] },
      };
    if (request.path === '/v1/keys') return { status: 200, json: { keys: [jwk] } };
    const path = decodeURIComponent(request.path);
    const lookup = request.method === 'GET' ? MEMBER_PATH.exec(path) : null;
    const call: ConnectorCall = {
      method: request.method,
      path,
      authorization: request.headers.authorization,
      body: (jsonBody(request) as Record<string, unknown> | undefined) ?? {},
      activityId: lookup ? '' : request.method === 'PUT' ? (path.split('/').pop() ?? '') : `activity-${++nextId}`,
    };
    log.record(call);
    if (lookup) return memberReply(options.members ?? [], lookup[1]);
    return { status: 200, json: { id: call.activityId } };
  };
  const server = await startHttpsStandin(answer);
  base = server.url;
  return {
    openIdMetadataUrl: `${base}${METADATA_PATH}`,
    serviceUrl: `${base}/`,
    issuer: ISSUER,
    calls: log.calls,
    async token(claims, signWith = 'trusted') {
      const key = signWith === 'trusted' ? trusted.privateKey : untrusted.privateKey;
      return new SignJWT({ serviceurl: claims.serviceurl ?? `${base}/` })
        .setProtectedHeader({ alg: 'RS256', kid: 'trusted-key', typ: 'JWT' })
        .setIssuer(claims.iss ?? ISSUER)
        .setAudience(claims.aud)
        .setIssuedAt()
        .setNotBefore(Math.floor(Date.now() / 1000) - 60)
        .setExpirationTime(Math.floor(Date.now() / 1000) + (claims.expiresInSeconds ?? 3600))
        .sign(key);
    },
    waitFor: log.waitFor,
    inject: server.inject,
    clearFaults: server.clearFaults,
    close: server.close,
  };
}

/** Teams' answer to a member lookup: the member (TeamsChannelAccount), or 404 when the user is not in the conversation. */
function memberReply(members: readonly TeamsMember[], userId: string) {
  const member = members.find((candidate) => candidate.id === userId || candidate.aadObjectId === userId);
  if (!member)
    return {
      status: 404,
      json: { error: { code: 'MemberNotFoundInConversation', message: 'The user is not part of the conversation.' } },
    };
  return {
    status: 200,
    json: {
      ...member,
      userPrincipalName: `${member.aadObjectId}@contoso.example`,
      tenantId: 'contoso',
      userRole: 'user',
    },
  };
}
