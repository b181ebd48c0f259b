// The CLI end to end, in-process, against a real nats-server (from PATH) and a
// fake controller/agent that answers on the contract's subjects. Checks the
// request each verb sends, what it prints, and its exit code. Fails, naming
// it, when nats-server is not installed (scripts/ensure-deps.sh installs it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tcpConnect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { main } from '../../cli/app.js';
import type { Io } from '../../cli/command.js';
import { freePort } from '../../cli/lab/up.js';
import { Api, codecs, HostSubjects, Driver, Mode, Protocol } from '../../proto/index.js';

const haveNats = spawnSync('nats-server', ['--version']).status === 0;
let server: ChildProcess | undefined;
let dir = '';
let url = '';
let nc: NatsConnection;

before(async () => {
  if (!haveNats) throw new Error('cli-main cannot run: nats-server is not on PATH (install it: bash scripts/ensure-deps.sh)');
  dir = mkdtempSync(join(tmpdir(), 'vxnet-cli-'));
  const port = await freePort('127.0.0.1', 0);
  writeFileSync(join(dir, 'nats.conf'), `listen: "127.0.0.1:${port}"\n`);
  server = spawn('nats-server', ['-c', join(dir, 'nats.conf')], { stdio: 'ignore' });
  url = `nats://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((r) => {
      const s = tcpConnect({ host: '127.0.0.1', port }, () => {
        s.destroy();
        r(true);
      });
      s.once('error', () => r(false));
    });
    if (ok) break;
    await sleep(50);
  }
  nc = await connect({ servers: url });
});

after(async () => {
  await nc?.close();
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function vx(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    raw: (s, d) => {
      if (s === 1) out += Buffer.from(d).toString();
      else err += Buffer.from(d).toString();
    },
  };
  const code = await main(['--nats', url, ...argv], io);
  return { code, out, err };
}

/** Answers one subject with fn(request bytes) until the test ends. */
function respond(subject: string, fn: (data: Uint8Array) => Uint8Array): { unsubscribe(): void } {
  return nc.subscribe(subject, {
    callback: (_e, m) => {
      m.respond(fn(m.data));
    },
  });
}

test('usage errors exit 2 without a round trip', async () => {
  const r = await vx('network', 'create', '--subnet', 'nope', 'x');
  assert.equal(r.code, 2);
  assert.equal(r.err, 'vxnet: invalid --subnet "nope": give an IPv4 or IPv6 CIDR such as 10.1.0.0/24 or fd00:1::/64\n');
  assert.equal((await vx('bogus')).code, 2);
  assert.equal((await vx('run', '--name', 'a')).code, 2); // no --host
  assert.equal((await vx('network', 'create', 'bad name!')).code, 2);
  // -p is checked by the controller's own parser (lib/ports.ts): an IPv6 host address goes in brackets.
  const v6 = await vx('run', '--host', 'h1', '--name', 'a', '-p', '::1:80:80');
  assert.equal(v6.code, 2);
  assert.equal(v6.err, 'vxnet: invalid port spec "::1:80:80": an IPv6 host address goes in brackets, e.g. [::1]:8080:80\n');
  assert.equal((await vx('run', '--host', 'h1', '--name', 'a', '-p', '8000-8002:80-81')).code, 2);
});

test('no controller: exit 3 and a hint', async () => {
  const r = await vx('network', 'ls');
  assert.equal(r.code, 3);
  assert.match(
    r.err,
    /^vxnet: no vxnet controller is answering on nats:\/\/127\.0\.0\.1:\d+: start one \(vxnet-controller\) or run `npm run lab`\n$/,
  );
});

test('network create sends the request; ls prints a table; errors exit 1', async () => {
  let seen: ReturnType<typeof codecs.networkCreateRequest.decode> | undefined;
  const s1 = respond(Api.networkCreate, (d) => {
    seen = codecs.networkCreateRequest.decode(d);
    if (seen.name === 'taken') return codecs.networkReply.encode({ error: { code: 3, message: 'network taken already exists' } });
    return codecs.networkReply.encode({ networks: [{ network: { name: seen.name, id: 'abcdef012345', driver: Driver.OVERLAY } }] });
  });
  const s2 = respond(Api.networkList, () =>
    codecs.networkReply.encode({
      networks: [
        { network: { name: 'web', id: 'bbb', driver: Driver.BRIDGE, host: 'h2', subnet: '10.1.0.0/24' } },
        { network: { name: 'demo', id: 'aaa', driver: Driver.OVERLAY, vni: 256, subnet: '10.77.0.0/24' }, endpoints: [{ workload: 'a' }] },
      ],
    }),
  );
  try {
    const c = await vx('network', 'create', '--subnet', '10.77.0.0/24', '--label', 'team=x', '-o', 'mtu=1400', 'demo');
    assert.equal(c.code, 0, c.err);
    assert.equal(c.out, 'abcdef012345\n');
    assert.equal(seen?.subnet, '10.77.0.0/24');
    assert.equal(seen?.driver, Driver.OVERLAY);
    assert.deepEqual({ ...seen?.labels }, { team: 'x' });
    assert.deepEqual({ ...seen?.options }, { mtu: '1400' });

    const t = await vx('network', 'create', 'taken');
    assert.equal(t.code, 1);
    assert.equal(t.err, 'vxnet: network taken already exists\n');

    const ls = await vx('network', 'ls');
    assert.equal(ls.code, 0);
    assert.equal(ls.out.split('\n')[0], 'NETWORK ID   NAME   DRIVER    SCOPE        SUBNET         VNI   ENDPOINTS');
    assert.match(ls.out.split('\n')[1]!, /^aaa\s+demo\s+overlay\s+global\s+10\.77\.0\.0\/24\s+256\s+1$/);
    assert.match(ls.out.split('\n')[2]!, /^bbb\s+web\s+bridge\s+local \(h2\)/);
    assert.equal((await vx('network', 'ls', '-q')).out, 'demo\nweb\n');
    // Docker's shape: one JSON object per line.
    const js = (await vx('network', 'ls', '--format', 'json')).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(js.length, 2);
    assert.equal(js[0].network.name, 'demo');
    assert.equal(js[0].network.driver, 'overlay', 'lower-case, as Docker');
    // Templates, filters, table templates; an unknown field is a usage error that names the fields.
    assert.equal((await vx('network', 'ls', '--format', '{{.Name}} {{.Driver}} {{.VNI}}')).out, 'demo overlay 256\nweb bridge 0\n');
    assert.equal((await vx('network', 'ls', '-f', 'driver=bridge', '-q')).out, 'web\n');
    assert.equal((await vx('network', 'ls', '-f', 'driver=bridge', '-f', 'driver=overlay', '-q')).out, 'demo\nweb\n');
    assert.equal((await vx('network', 'ls', '-f', 'driver=bridge', '-f', 'name=demo', '-q')).out, '');
    assert.equal(
      (await vx('network', 'ls', '--format', 'table {{.Name}}\\t{{.Scope}}')).out,
      'NAME   SCOPE\ndemo   global\nweb    local (h2)\n',
    );
    const bad = await vx('network', 'ls', '--format', '{{.Nope}}');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^vxnet: invalid --format: unknown field \.Nope in template; fields here: \.ID, \.Name/);
    assert.equal((await vx('network', 'ls', '-f', 'colour=red')).code, 2);
  } finally {
    s1.unsubscribe();
    s2.unsubscribe();
  }
});

test('run, ps, port and host ls', async () => {
  let run: ReturnType<typeof codecs.runRequest.decode> | undefined;
  const view = {
    workload: {
      name: 'web',
      host: 'h1',
      mode: Mode.NETWORKS,
      command: ['python3', '-m', 'http.server'],
      attachments: [{ network: 'demo', ip: '10.77.0.2' }],
      ports: [{ protocol: Protocol.TCP, hostPort: 8080, containerPort: 80 }],
      createdMs: Date.now() - 5000,
    },
    status: { name: 'web', state: 'running' },
  };
  const subs = [
    respond(Api.run, (d) => {
      run = codecs.runRequest.decode(d);
      return codecs.workloadReply.encode({ workloads: [view] });
    }),
    respond(Api.ps, () =>
      codecs.workloadReply.encode({
        workloads: [view, { workload: { name: 'old', host: 'h2' }, status: { state: 'exited', exitCode: 3 } }],
      }),
    ),
    respond(Api.inspect, () => codecs.workloadReply.encode({ workloads: [view] })),
    respond(Api.hostList, () =>
      codecs.hostReply.encode({
        hosts: [
          {
            host: { name: 'h1', underlayIp: '198.18.0.1', lastSeenMs: Date.now() - 1000 },
            state: 'ready',
            status: { host: 'h1', workloads: [{ name: 'web' }] },
          },
        ],
      }),
    ),
  ];
  try {
    const r = await vx(
      'run',
      '--host',
      'h1',
      '--name',
      'web',
      '--network',
      'demo',
      '-p',
      '8080:80',
      '--dns',
      '1.1.1.1',
      '--add-host',
      'db:10.0.0.9',
      '--',
      'python3',
      '-m',
      'http.server',
    );
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'web\n');
    assert.deepEqual(run?.networks, ['demo']);
    assert.deepEqual(run?.publish, ['8080:80']);
    assert.deepEqual(run?.command, ['python3', '-m', 'http.server']);
    assert.deepEqual(run?.addHosts, ['db:10.0.0.9']);

    const ps = await vx('ps');
    assert.match(ps.out, /^NAME\s+HOST\s+STATE\s+NETWORKS\s+IP\s+PORTS\s+COMMAND\s+CREATED\n/);
    assert.match(ps.out, /web\s+h1\s+running\s+demo\s+10\.77\.0\.2\s+0\.0\.0\.0:8080->80\/tcp\s+"python3 -m http.server"\s+5s ago/);
    assert.doesNotMatch(ps.out, /old/);
    assert.match((await vx('ps', '-a')).out, /old\s+h2\s+exited \(3\)/);

    assert.equal((await vx('port', 'web')).out, '80/tcp -> 0.0.0.0:8080\n');
    assert.equal((await vx('port', 'web', '80/tcp')).out, '0.0.0.0:8080\n');
    assert.equal((await vx('port', 'web', '81')).code, 1);

    const hosts = await vx('host', 'ls');
    assert.equal(
      hosts.out,
      'NAME   ADDRESS      STATE   CONVERGED   LAST SEEN   WORKLOADS\nh1     198.18.0.1   ready   no          1s ago      1\n',
    );
  } finally {
    for (const s of subs) s.unsubscribe();
  }
});

test('exec: subscribes first, writes chunks in seq order, returns the exit code', async () => {
  const subs = [
    respond(Api.inspect, () => codecs.workloadReply.encode({ workloads: [{ workload: { name: 'a', host: 'h1' } }] })),
    nc.subscribe(HostSubjects.exec('h1'), {
      callback: (_e, m) => {
        const req = codecs.execRequest.decode(m.data);
        assert.deepEqual(req.argv, ['sh', '-c', 'echo hi']);
        m.respond(codecs.execOutput.encode({ seq: 0 }));
        const enc = (o: Parameters<typeof codecs.execOutput.encode>[0]) => codecs.execOutput.encode(o);
        // Deliberately out of order: the CLI must reorder by seq.
        nc.publish(req.outputSubject!, enc({ seq: 2, stream: 2, data: Buffer.from('err\n') }));
        nc.publish(req.outputSubject!, enc({ seq: 1, stream: 1, data: Buffer.from('hi\n') }));
        nc.publish(req.outputSubject!, enc({ seq: 3, done: true, exitCode: 7 }));
      },
    }),
  ];
  try {
    const r = await vx('exec', 'a', '--', 'sh', '-c', 'echo hi');
    assert.equal(r.code, 7);
    assert.equal(r.out, 'hi\n');
    assert.equal(r.err, 'err\n');
  } finally {
    for (const s of subs) s.unsubscribe();
  }
  // No agent on h1 any more: a clear error, exit 125 (vxnet's own failure, as Docker's), never a command's 1-3.
  const s = respond(Api.inspect, () => codecs.workloadReply.encode({ workloads: [{ workload: { name: 'a', host: 'h1' } }] }));
  try {
    const r = await vx('exec', 'a', '--', 'true');
    assert.equal(r.code, 125);
    assert.match(r.err, /no agent is answering for host h1/);
  } finally {
    s.unsubscribe();
  }
});

test('logs: pages until the agent says no more, each stream to its own fd; an older agent (bytes only) is shown, timed flags refused', async () => {
  const view = { workload: { name: 'web', host: 'h1' }, status: { state: 'running' } };
  const asked: ReturnType<typeof codecs.logsRequest.decode>[] = [];
  let legacy = false;
  const subs = [
    respond(Api.inspect, () => codecs.workloadReply.encode({ workloads: [view] })),
    respond(HostSubjects.logs('h1'), (d) => {
      const req = codecs.logsRequest.decode(d);
      asked.push(req);
      if (legacy) return codecs.logsReply.encode({ data: Buffer.from('plain\n'), endOffset: 6 });
      const t = '2026-11-26T10:00:00.000000001Z';
      if (!req.fromOffset)
        return codecs.logsReply.encode({ records: [{ time: t, data: Buffer.from('one\n') }], endOffset: 10, more: true });
      return codecs.logsReply.encode({ records: [{ time: t, stderr: true, data: Buffer.from('two\n') }], endOffset: 20, more: false });
    }),
  ];
  try {
    const r = await vx('logs', '--since', '2026-11-26T09:00:00Z', '-n', '5', 'web');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'one\n');
    assert.equal(r.err, 'two\n');
    assert.equal(asked[0]?.since, '2026-11-26T09:00:00.000000000Z');
    assert.deepEqual([asked[0]?.tail, asked[0]?.tailLines, asked[0]?.records], [true, 5, true]);
    assert.deepEqual([asked[1]?.fromOffset, Number(asked[1]?.offset)], [true, 10]);
    legacy = true;
    assert.equal((await vx('logs', 'web')).out, 'plain\n');
    const timed = await vx('logs', '-t', 'web');
    assert.equal(timed.code, 1);
    assert.equal(
      timed.err,
      'vxnet: the agent of host h1 is older and keeps output without times: upgrade it to use --timestamps, --since or --until\n',
    );
  } finally {
    for (const s of subs) s.unsubscribe();
  }
});

test('dual stack: --subnet/--gateway/--ip-range once per family with --ipv6, --ip6 on run and connect, ls shows both subnets', async () => {
  const seen: Record<string, Uint8Array> = {};
  const subs = [
    respond(Api.networkCreate, (d) => {
      seen.create = d;
      return codecs.networkReply.encode({ networks: [{ network: { name: 'ds', id: 'ds0123456789' } }] });
    }),
    respond(Api.run, (d) => {
      seen.run = d;
      return codecs.workloadReply.encode({ workloads: [{ workload: { name: 'a' } }] });
    }),
    respond(Api.networkConnect, (d) => {
      seen.connect = d;
      return codecs.workloadReply.encode({});
    }),
    respond(Api.networkList, () =>
      codecs.networkReply.encode({
        networks: [
          {
            network: {
              name: 'ds',
              id: 'aaa',
              driver: Driver.OVERLAY,
              vni: 257,
              subnet: '10.78.0.0/24',
              ipv6: true,
              subnet6: 'fd00:78::/64',
            },
          },
        ],
      }),
    ),
  ];
  try {
    const c = await vx(
      'network',
      'create',
      '--ipv6',
      '--subnet',
      'fd00:78::/64',
      '--subnet',
      '10.78.0.0/24',
      '--gateway',
      '10.78.0.254',
      '--gateway',
      'fd00:78::fe',
      '--ip-range',
      'fd00:78::100/120',
      'ds',
    );
    assert.equal(c.code, 0, c.err);
    const req = codecs.networkCreateRequest.decode(seen.create!);
    assert.deepEqual(
      [req.subnet, req.gateway, req.ipRange, req.ipv6, req.subnet6, req.gateway6, req.ipRange6],
      ['10.78.0.0/24', '10.78.0.254', '', true, 'fd00:78::/64', 'fd00:78::fe', 'fd00:78::100/120'],
    );
    const usage: [string[], RegExp][] = [
      [['--subnet', '10.1.0.0/24', '--subnet', '10.2.0.0/24'], /flag --subnet given twice for IPv4/],
      [['--ipv6', '--subnet', 'fd00:1::/64', '--subnet', 'fd00:2::/64'], /flag --subnet given twice for IPv6/],
      [['--subnet', 'fd00:1::/64'], /^vxnet: fd00:1::\/64 is IPv6: add --ipv6 for a dual-stack network\n$/],
      [['--ipv6', '--gateway', 'fd00:1::1'], /an IPv6 --gateway or --ip-range needs an IPv6 --subnet/],
    ];
    for (const [args, re] of usage) {
      delete seen.create;
      const r = await vx('network', 'create', ...args, 'x');
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, re);
      assert.equal(seen.create, undefined, 'no round trip');
    }
    const r = await vx('run', '--host', 'h1', '--name', 'a', '--network', 'ds', '--ip6', 'fd00:78::105');
    assert.equal(r.code, 0, r.err);
    assert.equal(codecs.runRequest.decode(seen.run!).ip6, 'fd00:78::105');
    const wrong = await vx('run', '--host', 'h1', '--name', 'a', '--network', 'ds', '--ip', 'fd00:78::105');
    assert.equal(wrong.code, 2);
    assert.equal(wrong.err, 'vxnet: invalid --ip "fd00:78::105": that is an IPv6 address; give an IPv4 one (IPv6 goes in --ip6)\n');
    assert.match((await vx('run', '--host', 'h1', '--name', 'a', '--ip6', 'fd00:78::105')).err, /--ip6 needs --network/);
    const cn = await vx('network', 'connect', '--ip6', 'fd00:78::106', 'ds', 'a');
    assert.equal(cn.code, 0, cn.err);
    assert.equal(codecs.connectRequest.decode(seen.connect!).ip6, 'fd00:78::106');
    assert.equal((await vx('network', 'connect', '--ip6', '10.78.0.6', 'ds', 'a')).code, 2);
    const ls = await vx('network', 'ls');
    assert.match(ls.out.split('\n')[1]!, /^aaa\s+ds\s+overlay\s+global\s+10\.78\.0\.0\/24,fd00:78::\/64\s+257\s+0$/);
    assert.equal((await vx('network', 'ls', '--format', '{{.Subnet6}} {{.IPv6}}')).out, 'fd00:78::/64 true\n');
  } finally {
    for (const s of subs) s.unsubscribe();
  }
});
