// A throwaway PKI for TLS tests, made with openssl inside a temp dir: a CA, a
// server certificate for 127.0.0.1, a client certificate, a node certificate
// for TLS routes, and a second, unrelated CA with its own client and node
// certificates (for "wrong CA" cases).
// remove() deletes the dir; nothing is written anywhere else.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPki {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A NATS node's certificate for TLS routes (it both accepts and opens them). */
  nodeCert: string;
  nodeKey: string;
  /** Signed by another CA: a server verifying clients must refuse it. */
  rogueCa: string;
  rogueCert: string;
  rogueKey: string;
  rogueNodeCert: string;
  rogueNodeKey: string;
  remove(): void;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function makeCa(dir: string, name: string): void {
  openssl(dir, [
    'req',
    '-x509',
    ...EC,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.pem`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

function makeLeaf(dir: string, ca: string, name: string, ext: string): void {
  writeFileSync(join(dir, `${name}.ext`), `${ext}\n`);
  openssl(dir, ['req', ...EC, '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`]);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${ca}.pem`,
    '-CAkey',
    `${ca}.key`,
    '-CAcreateserial',
    '-days',
    '2',
    '-out',
    `${name}.pem`,
    '-extfile',
    `${name}.ext`,
  ]);
}

export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-pki-'));
  try {
    makeCa(dir, 'ca');
    makeLeaf(dir, 'ca', 'server', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth');
    makeLeaf(dir, 'ca', 'client', 'extendedKeyUsage=clientAuth');
    makeLeaf(dir, 'ca', 'node', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth');
    makeCa(dir, 'rogue-ca');
    makeLeaf(dir, 'rogue-ca', 'rogue', 'extendedKeyUsage=clientAuth');
    makeLeaf(dir, 'rogue-ca', 'rogue-node', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth');
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const f = (n: string) => join(dir, n);
  return {
    dir,
    ca: f('ca.pem'),
    serverCert: f('server.pem'),
    serverKey: f('server.key'),
    clientCert: f('client.pem'),
    clientKey: f('client.key'),
    nodeCert: f('node.pem'),
    nodeKey: f('node.key'),
    rogueCa: f('rogue-ca.pem'),
    rogueCert: f('rogue.pem'),
    rogueKey: f('rogue.key'),
    rogueNodeCert: f('rogue-node.pem'),
    rogueNodeKey: f('rogue-node.key'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
