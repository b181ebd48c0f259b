// The units under the real systemd: a machine booted by systemd
// (nspawn.ts) gets the release tarball installed by deploy/README.md's own
// blocks, single-node as its "Single node" paragraph says (single.conf, one
// URL, replicas 1), every `systemctl` line run for real: Debian's
// nats-server.service with vxnet's drop-in, vxnet-controller.service
// (DynamicUser and its sandboxing) and vxnet-agent.service. Then what the
// agent unit promises (its opening comment): a workload's namespace is
// visible outside the unit (no private mount namespace), its tools are as
// free as the machine's init (no NoNewPrivileges, no address-family or
// capability limit: arping, which needs AF_PACKET, works), and
// `systemctl restart vxnet-agent` (SIGTERM, KillMode=process) leaves the
// workload's namespace and command as they were. The agent runs with the
// shadow check (a drop-in adds --verify-prediction); the last test asserts
// it found no wrong prediction.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonLines } from '../helpers/json-lines.js';
import { Machine, nspawnMissing } from './nspawn.js';
import { block } from './readme-blocks.js';
import { waitFor } from '../helpers/wait-for.js';
import { SHADOW_CHECK_DROPIN, shadowCheckDropIn } from './units.js';
import { assertPredictionsHeld } from '../helpers/predictions.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** The machine's underlay: a veth pair inside its own network namespace (198.18.0.0/15 is the tests'). */
const UNDERLAY = '198.18.211.1/24';
const WORKLOAD_NS = 'vx-wl-w1';

let m: Machine | undefined;

before(async () => {
  const missing = nspawnMissing();
  if (missing) throw new Error(missing);
  execFileSync(process.execPath, [join(ROOT, 'scripts/release.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  m = await Machine.boot(`vxsd${process.pid.toString(16)}`);
  m.write(`/root/vxnet-${VERSION}.tar.gz`, readFileSync(join(ROOT, `dist/release/vxnet-${VERSION}.tar.gz`)));
});
after(async () => {
  await m?.stop();
});

/** A README block run in the machine with bash -euo pipefail, in /root, with the README's variables. */
function readme(name: string, edit: (text: string) => string = (t) => t): string {
  const script = `cd /root\nVERSION=${VERSION} HOST=h1 NODE=1\n${edit(block(name))}`;
  return m!.ok(['bash', '-euo', 'pipefail', '-c', script]);
}

function vxnet(args: string[]): { code: number; stdout: string; stderr: string } {
  const setup = 'set -a; . /etc/vxnet/common.env; . /root/vxnet-credentials/admin.env; set +a; exec vxnet "$@"';
  return m!.run(['bash', '-c', setup, '_', ...args]);
}

function vxnetOk(args: string[]): string {
  const r = vxnet(args);
  assert.equal(r.code, 0, `vxnet ${args.join(' ')} failed (${r.code}): ${r.stderr}\n${m!.journal('vxnet-agent')}`);
  return r.stdout;
}

function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const logs = () => ['nats-server', 'vxnet-controller', 'vxnet-agent'].map((u) => `--- ${u}\n${m!.journal(u, 8)}`).join('\n');
  return waitFor(check, () => `${what}\n${logs()}`, { timeoutMs });
}

/** NoNewPrivs, Seccomp and the capability sets of a /proc/PID/status text. */
function limits(status: string): string {
  return status
    .split('\n')
    .filter((l) => /^(NoNewPrivs|Seccomp|CapBnd|CapEff|CapPrm):/.test(l))
    .join('\n');
}

interface PsLine {
  workload: { name: string };
  status?: { state?: string; pid?: number };
}

test('under systemd: the units run nats-server, controller and agent; a workload is visible outside the agent unit, unrestricted, and kept across systemctl restart vxnet-agent', async () => {
  readme('install');
  m!.ok(['vxnet-gen-credentials', '--hosts', 'h1', '--out', '/root/vxnet-credentials']);
  // "Single node": single.conf instead of cluster-N.conf, no cluster.conf.
  readme('nats', (t) => t.replace('cluster-$NODE.conf', 'single.conf').replace(' /root/vxnet-credentials/cluster.conf', ''));
  m!.ok(['bash', '-c', "echo 'VXNET_NATS=nats://127.0.0.1:4222' >/etc/vxnet/common.env"]);
  m!.ok([
    'bash',
    '-euo',
    'pipefail',
    '-c',
    `ip link add eth0 type veth peer name eth0-peer; ip addr add ${UNDERLAY} dev eth0; ip link set eth0 up; ip link set eth0-peer up`,
  ]);
  // The tests' shadow check, asserted by the last test (not a README step).
  m!.write(SHADOW_CHECK_DROPIN, shadowCheckDropIn(m!.ok(['systemctl', 'cat', 'vxnet-agent'])));
  m!.ok(['systemctl', 'daemon-reload']);
  readme('agent');
  readme('controller', (t) => t.replace('"replicas": 3', '"replicas": 1'));

  // systemd runs all three; the controller as a throwaway user (DynamicUser=yes).
  await until(
    'the three units did not all become active',
    () => m!.run(['systemctl', 'is-active', '--quiet', 'nats-server', 'vxnet-controller', 'vxnet-agent']).code === 0,
  );
  const uid = (unit: string) => {
    const pid = m!.ok(['systemctl', 'show', '-p', 'MainPID', '--value', unit]).trim();
    return /^Uid:\s+(\d+)/m.exec(m!.run(['cat', `/proc/${pid}/status`]).stdout)?.[1];
  };
  // (Type=simple: "active" comes at the fork, before systemd's child has dropped to the user.)
  await until('the controller does not run as its dynamic user', () => !['0', undefined].includes(uid('vxnet-controller')), 10_000);
  assert.equal(uid('vxnet-agent'), '0', 'the agent runs as root');
  await until('h1 never showed ready in host ls', () => /\bh1\s+\S+\s+ready\b/.test(readme('admin')));

  // A workload's namespace: absent before the run, then visible from the machine's init (outside the unit).
  const netnsList = () => m!.ok(['ip', 'netns', 'list']);
  assert.doesNotMatch(netnsList(), new RegExp(`^${WORKLOAD_NS}\\b`, 'm'));
  vxnetOk(['run', '--host', 'h1', '--name', 'w1', '--', 'sleep', 'infinity']);
  let ps: PsLine | undefined;
  await until('w1 never ran', () => {
    ps = jsonLines<PsLine>(vxnetOk(['ps', '--format', 'json'])).find((l) => l.workload.name === 'w1');
    return ps?.status?.state === 'running' && !!ps.status.pid;
  });
  await until(`${WORKLOAD_NS} is not in ip netns list outside the agent's unit`, () =>
    new RegExp(`^${WORKLOAD_NS}\\b`, 'm').test(netnsList()),
  );

  // Nothing of the unit is inherited by the workload's tools: the same limits as the machine's init...
  const inside = vxnetOk(['exec', 'w1', '--', 'cat', '/proc/self/status']);
  assert.equal(limits(inside), limits(m!.ok(['cat', '/proc/1/status'])), "a workload's command has the machine's own limits");
  // ...and arping (AF_PACKET) reaches the default bridge's gateway from the workload.
  const arping = ['busybox', 'arping', '-c', '1', '-w', '3', '-I', 'eth0', '172.19.0.1'];
  vxnetOk(['exec', 'w1', '--', ...arping]);
  // Positive control of that probe: the same arping in the same namespace under RestrictAddressFamilies fails.
  const restricted = m!.run([
    'systemd-run',
    '--wait',
    '--quiet',
    '--pipe',
    '-p',
    'RestrictAddressFamilies=AF_INET AF_UNIX',
    '-p',
    `NetworkNamespacePath=/run/netns/${WORKLOAD_NS}`,
    ...arping,
  ]);
  assert.notEqual(restricted.code, 0, 'arping without AF_PACKET fails (the probe can tell)');

  // systemctl restart: SIGTERM to the agent only (KillMode=process); the workload stays as it was.
  const inode = () => m!.ok(['stat', '-L', '-c', '%i', `/run/netns/${WORKLOAD_NS}`]).trim();
  const before = {
    inode: inode(),
    pid: ps!.status!.pid,
    agent: m!.ok(['systemctl', 'show', '-p', 'MainPID', '--value', 'vxnet-agent']).trim(),
  };
  const restartedAt = Date.now();
  m!.ok(['systemctl', 'restart', 'vxnet-agent']);
  // The new agent's own status (sent after the restart), converged, with w1 running.
  let now: PsLine | undefined;
  await until('the restarted agent did not report w1 running', () => {
    const agent = m!.ok(['systemctl', 'show', '-p', 'MainPID', '--value', 'vxnet-agent']).trim();
    const h1 = jsonLines<{ host: { name: string }; status?: { converged?: boolean; sentMs?: string | number } }>(
      vxnetOk(['host', 'ls', '--format', 'json']),
    ).find((h) => h.host.name === 'h1');
    if (agent === before.agent || agent === '0' || !h1?.status?.converged || Number(h1.status.sentMs) <= restartedAt) return false;
    now = jsonLines<PsLine>(vxnetOk(['ps', '--format', 'json'])).find((l) => l.workload.name === 'w1');
    return now?.status?.state === 'running' && !!now.status.pid;
  });
  assert.equal(inode(), before.inode, "the workload's namespace is the same one");
  assert.equal(m!.run(['kill', '-0', String(before.pid)]).code, 0, "the workload's command survived the agent's stop");
  assert.equal(now!.status!.pid, before.pid, 'and the new agent adopted it instead of starting it again');
  assert.equal(m!.ok(['pgrep', '-c', '-x', 'sleep']).trim(), '1', 'one sleep in the machine: no second copy');
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", async () => {
  assert.match(m!.ok(['systemctl', 'show', '-p', 'ExecStart', '--value', 'vxnet-agent']), /--verify-prediction/, 'the drop-in took');
  // The restarted agent had nothing to apply, so nothing to check: w1's removal is one more apply.
  vxnetOk(['rm', '-f', 'w1']);
  const checks = () =>
    jsonLines<{ status?: { predictionChecks?: number } }>(vxnetOk(['host', 'ls', '--format', 'json'])).reduce(
      (n, h) => n + Number(h.status?.predictionChecks ?? 0),
      0,
    );
  await until('the restarted agent reported no checked prediction after removing w1', () => checks() > 0);
  const log = m!.run(['journalctl', '--no-pager', '-o', 'cat', '-u', 'vxnet-agent']).stdout;
  assertPredictionsHeld(vxnetOk(['host', 'ls', '--format', 'json']), new Map([['h1', log]]));
});
