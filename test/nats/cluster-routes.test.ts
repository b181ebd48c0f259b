// A NATS cluster configured as vxnet generates it (cli/lab/nats-config.ts):
// routes carry a user and password, so a node without them (or with a wrong
// password) is refused while a correctly configured peer joins (positive
// control through the same route port); clients without credentials are
// refused; the system account answers monitoring requests to its user only.
// With TLS on the routes, a node with the route password but a certificate
// from another CA (or none) is refused too, while the real peer joins.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { generateCredentials } from '../../cli/lab/credentials.js';
import { natsConfig, type ClusterInput } from '../../cli/lab/nats-config.js';
import { freePort, natsServerBinary } from '../helpers/nats.js';
import { makeTestPki } from '../helpers/test-pki.js';
import { waitFor } from '../helpers/wait-for.js';

const dir = mkdtempSync(join(tmpdir(), 'vxnet-routes-'));
const procs: ChildProcess[] = [];
after(async () => {
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 200));
  rmSync(dir, { recursive: true, force: true });
});

function start(name: string, config: string): string {
  const conf = join(dir, `${name}.conf`);
  const log = join(dir, `${name}.log`);
  writeFileSync(conf, config, { mode: 0o600 });
  procs.push(spawn(natsServerBinary(), ['-c', conf, '-l', log], { stdio: 'ignore' }));
  return log;
}

async function routes(httpPort: number): Promise<string[]> {
  const r = (await (await fetch(`http://127.0.0.1:${httpPort}/routez`)).json()) as { routes?: { remote_id: string }[] };
  return (r.routes ?? []).map((x) => x.remote_id);
}

const until = (check: () => Promise<boolean>, ms: number, what: string) => waitFor(check, what, { timeoutMs: ms, intervalMs: 200 });

test('routes need the route user: a peer with it joins, one without or with a wrong password is refused', async () => {
  const creds = generateCredentials(['h1']);
  const [c1, c2, r1, r2, h1, rogueR] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
  const routeList = [`127.0.0.1:${r1}`, `127.0.0.1:${r2}`];
  const node = (i: number, client: number, route: number, http: number, cluster: Partial<ClusterInput> = {}) =>
    natsConfig({
      serverName: `n${i}`,
      listenHost: '127.0.0.1',
      port: client,
      httpPort: http,
      storeDir: join(dir, `js${i}`),
      auth: creds,
      cluster: { name: 'vxt', listenHost: '127.0.0.1', port: route, routes: routeList, route: creds.route!, ...cluster },
    });
  start('n1', node(1, c1, r1, h1));
  start('n2', node(2, c2, r2, 0));
  await until(async () => (await routes(h1)).length === 1, 15_000, 'positive control: the peer with the route user never joined');

  const log1 = join(dir, 'n1.log');
  const refusedBefore = (readFileSync(log1, 'utf8').match(/Router connection closed: Authentication Failure/g) ?? []).length;
  // A node that knows the address but not the password, and one with a wrong one.
  start(
    'rogue',
    [
      `server_name: rogue`,
      `listen: "127.0.0.1:${await freePort()}"`,
      `cluster { name: "vxt", listen: "127.0.0.1:${rogueR}", routes: ["nats-route://127.0.0.1:${r1}"] }`,
      '',
    ].join('\n'),
  );
  start(
    'wrongpw',
    node(3, await freePort(), await freePort(), 0, { routes: [`127.0.0.1:${r1}`], route: { user: creds.route!.user, password: 'not-it' } }),
  );
  await until(
    async () => (readFileSync(log1, 'utf8').match(/Router connection closed: Authentication Failure/g) ?? []).length >= refusedBefore + 2,
    15_000,
    'n1 never refused the nodes without the route password',
  );
  assert.equal((await routes(h1)).length, 1, 'only the real peer is routed');

  // Clients: none without credentials; the system user (and only it) reaches the system account.
  await assert.rejects(connect({ servers: `127.0.0.1:${c1}`, reconnect: false }), /authorization/i);
  const sys = await connect({ servers: `127.0.0.1:${c1}`, user: creds.system!.user, pass: creds.system!.password, reconnect: false });
  const jsz = JSON.parse(new TextDecoder().decode((await sys.request('$SYS.REQ.SERVER.PING.JSZ', '', { timeout: 5000 })).data)) as {
    server: { name: string };
  };
  assert.match(jsz.server.name, /^n[12]$/);
  await sys.close();
  const admin = await connect({ servers: `127.0.0.1:${c2}`, user: creds.admin.user, pass: creds.admin.password, reconnect: false });
  await assert.rejects(admin.request('$SYS.REQ.SERVER.PING.JSZ', '', { timeout: 2000 }));
  await admin.close();
});

test('TLS routes (verify on): a peer with a certificate from the CA joins; one from another CA, or without TLS, is refused even with the route password', async (t) => {
  const pki = makeTestPki();
  t.after(() => pki.remove());
  const creds = generateCredentials(['h1']);
  const [c1, c2, r1, r2, h1] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const routeList = [`127.0.0.1:${r1}`, `127.0.0.1:${r2}`];
  const tls = { cert: pki.nodeCert, key: pki.nodeKey, ca: pki.ca, verify: true };
  const node = (i: number, client: number, route: number, http: number, cluster: Partial<ClusterInput> = {}) =>
    natsConfig({
      serverName: `t${i}`,
      listenHost: '127.0.0.1',
      port: client,
      httpPort: http,
      storeDir: join(dir, `tjs${i}`),
      auth: creds,
      cluster: { name: 'vxtls', listenHost: '127.0.0.1', port: route, routes: routeList, route: creds.route!, tls, ...cluster },
    });
  const log1 = start('t1', node(1, c1, r1, h1));
  start('t2', node(2, c2, r2, 0));
  await until(async () => (await routes(h1)).length === 1, 15_000, 'positive control: the peer with a good certificate never joined');

  const handshakeErrors = () => (readFileSync(log1, 'utf8').match(/TLS route handshake error/g) ?? []).length;
  const before = handshakeErrors();
  // The route password, but a certificate from another CA; and the route password without TLS.
  start(
    'rogue-ca',
    node(3, await freePort(), await freePort(), 0, {
      routes: [`127.0.0.1:${r1}`],
      tls: { ...tls, cert: pki.rogueNodeCert, key: pki.rogueNodeKey },
    }),
  );
  start('no-tls', node(4, await freePort(), await freePort(), 0, { routes: [`127.0.0.1:${r1}`], tls: undefined }));
  await until(async () => handshakeErrors() >= before + 2, 15_000, 't1 never refused the nodes without a good certificate');
  assert.equal((await routes(h1)).length, 1, 'only the real peer is routed');
});
