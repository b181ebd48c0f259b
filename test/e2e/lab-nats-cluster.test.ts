// `vxnet lab up --nats-cluster 3` for real: three NATS nodes, two controllers,
// the KV bucket with 3 replicas; `lab status` shows every node and the
// metrics addresses; a workload runs; `lab down` leaves nothing. The lab is one
// per machine: the whole sequence runs under flock /tmp/vxnet-lab.lock, and
// `lab down` runs in the same locked command even when a step fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './cluster.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '../../cli/main.js');

test('lab up --nats-cluster 3: every node in lab status, replicated bucket, two controllers, lab down cleans up', async () => {
  const vx = `${process.execPath} ${CLI}`;
  const script = [
    'set -u',
    `trap '${vx} lab down >/dev/null 2>&1' EXIT`,
    `${vx} lab up --hosts 2 --nats-cluster 3 >/dev/null || exit 10`,
    `${vx} lab status || exit 11`,
    'echo ---',
    `${vx} version || exit 12`,
    'echo ---',
    `${vx} network create labnet >/dev/null && ${vx} run --host h2 --network labnet --name lw >/dev/null || exit 13`,
    'curl -s -m 5 http://127.0.0.1:8222/jsz?accounts=true\\&streams=true || exit 14',
  ].join('\n');
  // Fixed names are safe here: the lock is the lab's, and the script is passed as an argument, never built from input.
  const r = await run('flock', ['-w', '300', '/tmp/vxnet-lab.lock', 'bash', '-c', script], 240_000);
  assert.equal(r.code, 0, `exit ${r.code}: ${r.stderr}\n${r.stdout}`);
  const [status, version, jsz] = r.stdout.split('\n---\n') as [string, string, string];
  for (const i of [1, 2, 3]) assert.match(status, new RegExp(`nats vxnet-lab-${i} +\\d+ +running +nats://198\\.18\\.0\\.254:\\d+`));
  assert.match(status, /^controller +\d+ +running +metrics http:\/\/198\.18\.0\.254:9470\/metrics/m);
  assert.match(status, /^controller 2 +\d+ +running/m);
  assert.match(status, /^agent h1 .*metrics http:\/\/198\.18\.0\.1:9471\/metrics/m);
  assert.equal(version.match(/^controller /gm)?.length, 2, version);
  const stream = JSON.parse(jsz.slice(jsz.indexOf('{'))) as {
    account_details: { stream_detail?: { name: string; config?: { num_replicas: number }; cluster?: { replicas?: unknown[] } }[] }[];
  };
  const kv = stream.account_details.flatMap((a) => a.stream_detail ?? []).find((s) => s.name === 'KV_vxnet');
  assert.equal(kv?.cluster?.replicas?.length, 2, 'the KV stream has a leader and two more replicas');
  const after = await run('ip', ['netns', 'list']);
  assert.doesNotMatch(after.stdout, /^vxl-/m, 'lab down removed the namespaces');
});
