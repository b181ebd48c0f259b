// Health and metrics on a real cluster: Prometheus /metrics and /healthz of
// the controller and of each agent are scraped over HTTP; host ls shows an
// agent whose reconcile keeps failing as degraded (its error in --format
// json) and ready again once it recovers; `vxnet version` lists the
// controller and every agent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { jsonLines } from '../helpers/json-lines.js';
import { Cluster, run } from './cluster.js';
import { workloadNs } from '../../agent/model/naming.js';

const AGENT = '127.0.0.1:9471';
const CONTROLLER = '127.0.0.1:9470';

let c: Cluster;
let blocker: string | undefined;
before(async () => {
  // Each host namespace has its own loopback: the same address on every host.
  c = await Cluster.start({ hosts: 2, agentArgs: ['--metrics', AGENT], controllerArgs: ['--metrics', CONTROLLER] });
});
after(async () => {
  if (blocker) rmSync(blocker, { recursive: true, force: true });
  await c?.stop();
});

async function get(ns: string, url: string): Promise<{ status: number; body: string }> {
  const r = await run('ip', ['netns', 'exec', ns, 'curl', '-s', '-m', '5', '-w', '\n%{http_code}', url]);
  const i = r.stdout.lastIndexOf('\n');
  return { status: Number(r.stdout.slice(i + 1)), body: r.stdout.slice(0, i) };
}

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const agentMetrics = async (h: string) => (await get(c.hostNs(h), `http://${AGENT}/metrics`)).body;
const hostState = async (h: string) =>
  jsonLines<{ host: { name: string }; state: string; status?: { lastError?: string } }>(
    await c.cliOk(['host', 'ls', '--format', 'json']),
  ).find((x) => x.host.name === h);

test('agent and controller metrics follow what the cluster does', async () => {
  const before = await agentMetrics('h1');
  assert.equal(sample(before, 'vxnet_agent_workloads{host="h1"}'), 0, 'positive control: the series is there, at 0');
  await c.cliOk(['network', 'create', 'mnet']);
  await c.cliOk(['run', '--host', 'h1', '--network', 'mnet', '--name', 'm1']);
  assert.equal((await c.cli(['run', '--host', 'h1', '--network', 'mnet', '--name', 'm1'])).code, 1, 'the name is taken');
  await c.until(async () => sample(await agentMetrics('h1'), 'vxnet_agent_workloads{host="h1"}') === 1, 15_000, 'h1 never counted m1');
  await c.until(async () => sample(await agentMetrics('h1'), 'vxnet_agent_endpoints{host="h1"}') === 1, 15_000, 'no endpoint');
  // The gauges follow the desired state; the ops counter moves once the apply that wires m1 has ended.
  const opsBefore = sample(before, 'vxnet_agent_ops_applied_total{host="h1"}')!;
  await c.until(
    async () => sample(await agentMetrics('h1'), 'vxnet_agent_ops_applied_total{host="h1"}')! > opsBefore,
    15_000,
    'ops_applied_total never grew',
  );
  const after = await agentMetrics('h1');
  assert.ok(sample(after, 'vxnet_agent_ops_applied_total{host="h1"}')! > opsBefore);
  assert.ok(sample(after, 'vxnet_agent_reconcile_duration_seconds_count{host="h1"}')! > 0);
  assert.ok(sample(after, 'vxnet_agent_seconds_since_last_converged{host="h1"}')! >= 0);
  assert.equal(sample(after, 'vxnet_agent_failed_applies_total{host="h1"}'), 0);
  assert.equal(sample(after, 'vxnet_agent_prediction_divergences_total{host="h1"}'), 0);
  assert.notEqual(sample(after, 'vxnet_agent_kv_watch_lag_seconds{host="h1"}'), undefined);
  assert.deepEqual(await get(c.hostNs('h1'), `http://${AGENT}/healthz`), { status: 200, body: 'ok\n' });

  const ctl = (await get(c.ulNs, `http://${CONTROLLER}/metrics`)).body;
  assert.equal(sample(ctl, 'vxnet_controller_requests_total{verb="workload.run",result="ok"}'), 1);
  assert.equal(sample(ctl, 'vxnet_controller_requests_total{verb="workload.run",result="already_exists"}'), 1);
  assert.equal(sample(ctl, 'vxnet_controller_request_duration_seconds_count{verb="workload.run"}'), 2);
  assert.ok(sample(ctl, 'vxnet_controller_allocations_total{kind="ip"}')! >= 1);
  assert.match(ctl, /^# TYPE vxnet_controller_cas_conflicts_total counter$/m);
  assert.equal((await get(c.ulNs, `http://${CONTROLLER}/healthz`)).status, 200);
});

test('host ls: an agent whose reconcile keeps failing is degraded, with its error, until it recovers', async () => {
  assert.equal((await hostState('h2'))?.state, 'ready', 'positive control');
  // A directory where `ip netns add` wants its mount point: every apply on h2 fails.
  blocker = `/run/netns/${workloadNs(c.agentPrefix('h2'), 'm2')}`;
  mkdirSync(blocker);
  await c.cliOk(['run', '--host', 'h2', '--network', 'mnet', '--name', 'm2']);
  await c.until(async () => (await hostState('h2'))?.state === 'degraded', 15_000, 'h2 never shown degraded');
  assert.ok((await hostState('h2'))?.status?.lastError, 'the last error is in --format json');
  assert.match(await c.cliOk(['host', 'ls']), /h2 .* degraded /);
  assert.ok(sample(await agentMetrics('h2'), 'vxnet_agent_failed_applies_total{host="h2"}')! > 0);
  assert.equal((await get(c.hostNs('h2'), `http://${AGENT}/healthz`)).status, 503);
  rmSync(blocker, { recursive: true, force: true });
  blocker = undefined;
  await c.until(async () => (await hostState('h2'))?.state === 'ready', 40_000, 'h2 never recovered');
});

test('vxnet version lists the client, the controller and every agent', async () => {
  const out = await c.cliOk(['version']);
  assert.match(out, /^client: vxnet \d+\.\d+\.\d+/);
  assert.match(out, /^controller +\S+ pid \d+ +\d+\.\d+\.\d+ +up /m);
  assert.match(out, /^agent +h1 +\d+\.\d+\.\d+ +ready/m);
  assert.match(out, /^agent +h2 +\d+\.\d+\.\d+ /m);
});
