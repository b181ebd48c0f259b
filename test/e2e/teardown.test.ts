// `vxnet-agent --teardown` (uninstall) removes everything the agent made on
// its host and nothing else; the other hosts are untouched.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAMS } from '../../cli/lab/programs.js';
import { Cluster, run } from './cluster.js';

let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 2 });
});
after(async () => {
  await c?.stop();
});

test('teardown removes namespaces, links, the nft table, files and commands of the host; the rest keeps working', async () => {
  // Durations unique to this run, so that the process check sees only this test's commands.
  const [s1, s2] = [String(600_000 + Math.floor(Math.random() * 99_999)), String(700_000 + Math.floor(Math.random() * 99_999))];
  await c.cliOk(['network', 'create', '--subnet', '10.78.0.0/24', 'tear']);
  await c.cliOk(['run', '--host', 'h1', '--network', 'tear', '--name', 't1', '--', 'sleep', s1]);
  await c.cliOk(['run', '--host', 'h2', '--network', 'tear', '--name', 't2']);
  await c.cliOk(['run', '--host', 'h1', '--name', 'web', '-p', '8080:80', '--', 'sleep', s2]);
  await c.until(
    async () => (await c.cli(['exec', 't1', '--', 'true'])).code === 0 && (await c.cli(['exec', 'web', '--', 'true'])).code === 0,
    15_000,
    'workloads not running',
  );
  const sleeping = () =>
    execFileSync('pgrep', ['-f', `^sleep (${s1}|${s2})$`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  assert.equal(sleeping().length, 2);

  c.killAgent('h1', 'SIGTERM');
  const prefix = c.agentPrefix('h1');
  const r = await run('nsenter', [
    `--net=/run/netns/${c.hostNs('h1')}`,
    '--',
    process.execPath,
    PROGRAMS.agent,
    '--teardown',
    '--host',
    'h1',
    '--underlay-dev',
    'eth0',
    '--ns-prefix',
    prefix,
    '--state-dir',
    join(c.dir, 'h1'),
  ]);
  assert.equal(r.code, 0, r.stderr);

  assert.deepEqual(
    c.namespaces().filter((n) => n.startsWith(prefix)),
    [],
    'no namespace of h1 left',
  );
  const links = c.ipJson<{ ifname: string }[]>(c.hostNs('h1'), ['link', 'show']).map((l) => l.ifname);
  assert.deepEqual(
    links.filter((n) => /^vx/.test(n)),
    [],
    `links left on h1: ${links.join(' ')}`,
  );
  const tables = execFileSync('ip', ['netns', 'exec', c.hostNs('h1'), 'nft', 'list', 'tables'], { encoding: 'utf8' });
  assert.doesNotMatch(tables, /vxnet/);
  assert.ok(!existsSync('/etc/netns') || readdirSync('/etc/netns').every((d) => !d.startsWith(prefix)), 'no /etc/netns entry of h1');
  await c.until(
    () => {
      try {
        return sleeping().length === 0;
      } catch {
        return true;
      }
    },
    10_000,
    'workload commands still running',
  );

  assert.ok(
    c.namespaces().some((n) => n.startsWith(c.agentPrefix('h2'))),
    'h2 keeps its namespaces',
  );
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
