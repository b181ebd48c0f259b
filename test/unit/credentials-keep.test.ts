// Adding a host to a real cluster's credentials (gen-credentials run again on
// the same directory) makes one new user and leaves every existing password,
// and so every file already copied to other machines, as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GEN = join(dirname(fileURLToPath(import.meta.url)), '../../cli/lab/gen-credentials.js');

test('gen-credentials with one more host keeps everyone else’s password (also with only the new host listed); --remove', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-keep-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const gen = (hosts: string) => execFileSync(process.execPath, [GEN, '--hosts', hosts, '--out', dir, '--routes', 'a:6222,b:6222,c:6222']);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  gen('h1,h2');
  const before = { h1: read('agent-h1.env'), controller: read('controller.env'), admin: read('admin.env'), cluster: read('cluster.conf') };
  gen('h1,h2,h3');
  assert.deepEqual(
    { h1: read('agent-h1.env'), controller: read('controller.env'), admin: read('admin.env'), cluster: read('cluster.conf') },
    before,
  );
  assert.match(read('auth.conf'), /vxnet-host-h3/, 'the new host has its user');
  assert.match(read('cluster.conf'), /nats-route:\/\/vxnet-route:[0-9a-f]{48}@b:6222/, 'routes carry the route credentials');
  // Adding one more host names only it: everyone else stays, with the same password, and the routes stay.
  const h1 = read('agent-h1.env');
  execFileSync(process.execPath, [GEN, '--hosts', 'h4', '--out', dir]);
  assert.equal(read('agent-h1.env'), h1);
  assert.equal(read('cluster.conf'), before.cluster, 'routes changed without --routes');
  for (const h of ['h1', 'h2', 'h3', 'h4']) assert.match(read('auth.conf'), new RegExp(`vxnet-host-${h}"`), `${h} lost`);
  // --remove drops a host's user and file, and nobody else's.
  execFileSync(process.execPath, [GEN, '--remove', 'h2', '--out', dir]);
  assert.doesNotMatch(read('auth.conf'), /vxnet-host-h2"/);
  assert.throws(() => read('agent-h2.env'));
  assert.equal(read('agent-h1.env'), h1);
  // Positive control: a fresh directory gets fresh passwords.
  const other = mkdtempSync(join(tmpdir(), 'vxnet-keep-'));
  t.after(() => rmSync(other, { recursive: true, force: true }));
  execFileSync(process.execPath, [GEN, '--hosts', 'h1', '--out', other]);
  assert.notEqual(readFileSync(join(other, 'agent-h1.env'), 'utf8'), before.h1);
});
