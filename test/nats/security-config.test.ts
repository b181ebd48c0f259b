// The generated credentials and configurations: files only root can read,
// no password on stdout, and configs nats-server itself accepts (`-t`),
// including deploy/nats/*.conf with a generated auth.conf. Temp dirs only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCredentials, writeCredentials } from '../../cli/lab/credentials.js';
import { natsConfig } from '../../cli/lab/nats-config.js';
import { natsServerBinary } from '../helpers/nats.js';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '../..');
const REPO = join(DIST, '..');

function valid(conf: string): void {
  execFileSync(natsServerBinary(), ['-c', conf, '-t'], { stdio: ['ignore', 'pipe', 'pipe'] });
}

test('credentials: unique random passwords, files 0600 in a 0700 dir, gen-credentials prints no secret', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-creds-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const c = generateCredentials(['h1', 'h2', 'h3']);
  const passwords = [c.admin, c.controller, ...Object.values(c.hosts)].map((u) => u.password);
  assert.equal(new Set(passwords).size, 5);
  for (const p of passwords) assert.match(p, /^[0-9a-f]{48}$/, 'hex: never a leading - that a flag parser would misread');
  assert.throws(() => generateCredentials(['h1', 'h1']));
  assert.throws(() => generateCredentials(['bad name']));
  const w = writeCredentials(join(dir, 'out'), c);
  assert.equal(statSync(w.dir).mode & 0o777, 0o700);
  for (const f of [w.authConf, w.adminEnv, w.controllerEnv, ...Object.values(w.hostEnv)]) assert.equal(statSync(f).mode & 0o777, 0o600, f);
  assert.match(readFileSync(w.hostEnv.h2!, 'utf8'), new RegExp(`VXNET_NATS_PASSWORD=${c.hosts.h2!.password}`));
  const out = execFileSync(process.execPath, [join(DIST, 'cli/lab/gen-credentials.js'), '--hosts', 'h1,h2', '--out', join(dir, 'gen')], {
    encoding: 'utf8',
  });
  const written = readFileSync(join(dir, 'gen', 'admin.env'), 'utf8')
    .split('=')
    .pop()!
    .trim();
  assert.ok(!out.includes(written), 'no password on stdout');
});

test('the lab config (with users) and deploy/nats/*.conf with a generated auth.conf are valid for nats-server', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-conf-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const c = generateCredentials(['h1', 'h2']);
  const lab = join(dir, 'lab.conf');
  writeFileSync(lab, natsConfig({ serverName: 's', listenHost: '127.0.0.1', port: 4222, httpPort: 0, storeDir: join(dir, 'js'), auth: c }));
  valid(lab);
  mkdirSync(join(dir, 'vxnet'));
  writeCredentials(join(dir, 'vxnet'), c);
  for (const name of ['single', 'cluster-1', 'cluster-2', 'cluster-3', 'insecure-lab', 'auth.example']) {
    const text = readFileSync(join(REPO, 'deploy/nats', `${name}.conf`), 'utf8').replaceAll('/var/lib/nats/jetstream', join(dir, 'js'));
    const conf = join(dir, `${name}.conf`);
    writeFileSync(conf, text);
    valid(conf);
  }
  // Without auth.conf the secure configs refuse to start.
  rmSync(join(dir, 'vxnet'), { recursive: true });
  assert.throws(() => valid(join(dir, 'single.conf')));
});
