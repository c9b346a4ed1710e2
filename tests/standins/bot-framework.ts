import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { callLog } from './call-log.ts';

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body: Record<string, unknown>;
}

export interface BotFrameworkStandin {
  /** OpenID metadata URL for ToBotFromChannelOpenIdMetadataUrl (plain http: botbuilder accepts it). */
  readonly openIdMetadataUrl: string;
  /** serviceUrl for activities: the connector that receives the bot's replies (trailing slash, as Teams sends it). */
  readonly serviceUrl: string;
  readonly issuer: string;
  readonly calls: ConnectorCall[];
  /** A channel token as the Bot Framework signs it; override claims to forge bad ones. */
  token(
    claims: { aud: string; serviceurl?: string; iss?: string; expiresInSeconds?: number },
    signWith?: 'trusted' | 'untrusted',
  ): Promise<string>;
  waitFor(match: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  close(): Promise<void>;
}

const ISSUER = 'https://api.botframework.com';

/**
 * The Bot Framework as the bot sees it: the channel's OpenID metadata and signing keys (JWKS, endorsed
 * for msteams) and the connector REST API that receives replies (POST activities, PUT updates).
 */
export async function startBotFrameworkStandin(): Promise<BotFrameworkStandin> {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const untrusted = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid: 'trusted-key', use: 'sig', alg: 'RS256' };
  const log = callLog<ConnectorCall>((call) => `${call.method} ${call.path}`);
  const { calls } = log;
  let base = '';
  let nextId = 0;
  const server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = request.url ?? '';
    if (path === '/v1/.well-known/openidconfiguration')
      return json(response, {
        issuer: ISSUER,
        jwks_uri: `${base}/v1/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    if (path === '/v1/keys') return json(response, { keys: [{ ...jwk, endorsements: ['msteams'] }] });
    const call = {
      method: request.method ?? '',
      path: decodeURIComponent(path),
      authorization: request.headers.authorization,
      body: body ? JSON.parse(body) : {},
    };
    log.record(call);
    json(response, { id: call.method === 'PUT' ? path.split('/').pop() : `activity-${++nextId}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    openIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    serviceUrl: `${base}/`,
    issuer: ISSUER,
    calls,
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
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function json(response: import('node:http').ServerResponse, value: unknown) {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}
