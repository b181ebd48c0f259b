// TLS between everything, with certificates this test makes (openssl, temp
// dir): nats-server requires TLS and client certificates from our CA, on top
// of the per-role users. The real controller process, an Agent (FakeKernel)
// configured through the agent's own flag parser, and the real CLI all work
// over it with --tls-ca/--tls-cert/--tls-key; clients without the CA, without
// a client certificate or with one from another CA are refused.
import { jsonLines } from '../helpers/json-lines.js';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectNats } from '../../lib/nats.js';
import { silentLogger } from '../../lib/log.js';
import { loadAgentConfig } from '../../agent/config/config.js';
import { Agent } from '../../agent/agent.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { makeTestPki, type TestPki } from '../helpers/test-pki.js';
import { startSecureNats, type SecureNats } from '../helpers/secure-nats.js';
import { run } from '../e2e/cluster.js';
import { PROGRAMS } from '../../cli/lab/programs.js';

let pki: TestPki;
let s: SecureNats;
let controller: ChildProcess | undefined;
let url: string;
const tmp = mkdtempSync(join(tmpdir(), 'vxnet-tls-'));

before(async () => {
  pki = makeTestPki();
  s = await startSecureNats(['h1'], { tls: { cert: pki.serverCert, key: pki.serverKey, ca: pki.ca, verify: true } });
  url = `tls://127.0.0.1:${s.server.port}`;
});

after(async () => {
  if (controller?.pid && controller.exitCode === null) {
    const gone = new Promise((r) => controller!.once('exit', r));
    controller.kill('SIGTERM');
    const t = setTimeout(() => controller!.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  }
  await s?.stop();
  pki?.remove();
  rmSync(tmp, { recursive: true, force: true });
});

const tlsFlags = () => ['--tls-ca', pki.ca, '--tls-cert', pki.clientCert, '--tls-key', pki.clientKey];
const userFlags = (u: { user: string; password: string }) => ['--user', u.user, '--password', u.password];

function cli(args: string[]) {
  return run(process.execPath, [PROGRAMS.cli, '--nats', url, ...tlsFlags(), ...userFlags(s.creds.admin), ...args]);
}

test("clients without our CA, without a client certificate or with another CA's certificate are refused", async () => {
  const admin = s.creds.admin;
  await assert.rejects(
    connectNats({ servers: url, user: admin.user, password: admin.password }),
    'no CA: the server certificate is not trusted',
  );
  await assert.rejects(connectNats({ servers: url, user: admin.user, password: admin.password, tlsCa: pki.ca }), 'no client certificate');
  await assert.rejects(
    connectNats({ servers: url, user: admin.user, password: admin.password, tlsCa: pki.ca, tlsCert: pki.rogueCert, tlsKey: pki.rogueKey }),
    'client certificate from another CA',
  );
  await assert.rejects(
    connectNats({
      servers: url,
      user: admin.user,
      password: admin.password,
      tlsCa: pki.rogueCa,
      tlsCert: pki.clientCert,
      tlsKey: pki.clientKey,
    }),
    'trusting the wrong CA',
  );
  const r = await run(process.execPath, [PROGRAMS.cli, '--nats', url, ...userFlags(admin), 'host', 'ls']);
  assert.equal(r.code, 3, r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  // The right CA and certificate but no password: TLS does not replace the users.
  await assert.rejects(connectNats({ servers: url, tlsCa: pki.ca, tlsCert: pki.clientCert, tlsKey: pki.clientKey }), /authorization/i);
});

test('controller (real process), agent (FakeKernel) and CLI work over TLS with client certificates', async () => {
  controller = spawn(
    process.execPath,
    [PROGRAMS.controller, '--nats', url, ...tlsFlags(), ...userFlags(s.creds.controller), '--host-down-after-ms', '4000'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let ctlErr = '';
  controller.stderr!.on('data', (d: Buffer) => {
    ctlErr = (ctlErr + d.toString()).slice(-2000);
  });

  const cfg = loadAgentConfig([
    '--host',
    'h1',
    '--nats',
    url,
    ...tlsFlags(),
    ...userFlags(s.creds.hosts.h1!),
    '--state-dir',
    join(tmp, 'h1'),
    '--heartbeat-seconds',
    '1',
  ]);
  assert.ok(cfg !== 'help');
  const nc = await connectNats({ ...cfg.nats, reconnect: false });
  const kernel = new FakeKernel();
  kernel.spawnHandler = () => ({ code: 0, stdout: 'over tls\n' });
  const agent = await Agent.start(nc, kernel, { ...cfg, nsPrefix: 'vxtls-' }, silentLogger);
  try {
    const end = Date.now() + 20_000;
    let last = '';
    for (;;) {
      const r = await cli(['host', 'ls', '--format', 'json']);
      last = `${r.code} ${r.stdout} ${r.stderr}`;
      if (r.code === 0 && jsonLines<{ state: string }>(r.stdout).some((h) => h.state === 'ready')) break;
      if (Date.now() > end) throw new Error(`h1 not ready over TLS: ${last}; controller: ${ctlErr}`);
      await new Promise((res) => setTimeout(res, 200));
    }
    assert.equal((await cli(['network', 'create', 'tlsnet', '--subnet', '10.212.0.0/24'])).code, 0);
    const runR = await cli(['run', '--host', 'h1', '--name', 'tw', '--network', 'tlsnet']);
    assert.equal(runR.code, 0, runR.stderr);
    let execR = await cli(['exec', 'tw', '--', 'true']);
    for (let i = 0; i < 100 && execR.code !== 0; i++) {
      await new Promise((res) => setTimeout(res, 200));
      execR = await cli(['exec', 'tw', '--', 'true']);
    }
    assert.equal(execR.code, 0, execR.stderr);
    assert.equal(execR.stdout, 'over tls\n');
  } finally {
    await agent.stop();
    await nc.close();
  }
});
