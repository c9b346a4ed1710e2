import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway CA and a server certificate for 127.0.0.1/localhost, as PEM text and as files. */
export interface TestTls {
  readonly caPem: string;
  readonly caFile: string;
  readonly certPem: string;
  readonly keyPem: string;
  readonly dir: string;
}

let cached: TestTls | undefined;

/**
 * Generates (once per process) a CA with the `openssl` CLI and a server certificate it signed.
 * Clients trust `caPem`/`caFile` per client (tlsOptions / undici dispatcher) or via NODE_EXTRA_CA_CERTS.
 */
export function testTls(): TestTls {
  cached ??= generate();
  return cached;
}

function generate(): TestTls {
  const dir = mkdtempSync(join(tmpdir(), 'huntops-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=huntops test CA',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
  );
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.pem'),
  );
  return {
    dir,
    caFile: file('ca.pem'),
    caPem: readFileSync(file('ca.pem'), 'utf8'),
    certPem: readFileSync(file('server.pem'), 'utf8'),
    keyPem: readFileSync(file('server.key'), 'utf8'),
  };
}

/** A self-signed client certificate and its key in one PEM file, as ClientCertificateCredential reads it. */
export function testClientCertificate(commonName = 'huntops test app'): { pemFile: string; certificatePem: string } {
  const { dir } = testTls();
  const key = join(dir, `client-${Date.now()}-${Math.random().toString(36).slice(2)}.key`);
  const cert = `${key}.crt`;
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${commonName}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  );
  const certificatePem = readFileSync(cert, 'utf8');
  const pemFile = `${key}.pem`;
  writeFileSync(pemFile, readFileSync(key, 'utf8') + certificatePem);
  return { pemFile, certificatePem };
}
