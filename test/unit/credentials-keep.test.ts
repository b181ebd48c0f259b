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

test('gen-credentials with one more host keeps everyone else’s password', (t) => {
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
  // Positive control: a fresh directory gets fresh passwords.
  const other = mkdtempSync(join(tmpdir(), 'vxnet-keep-'));
  t.after(() => rmSync(other, { recursive: true, force: true }));
  execFileSync(process.execPath, [GEN, '--hosts', 'h1', '--out', other]);
  assert.notEqual(readFileSync(join(other, 'agent-h1.env'), 'utf8'), before.h1);
});
