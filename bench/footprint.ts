// Benchmark 6, footprint: resident memory of the controller (the real
// dist/controller/main.js) and of an agent (footprint-agent.ts: the real Agent
// with a FakeKernel) idle, then with N endpoints in the cluster, all on the
// agent's network (so it holds every one), created through the admin API.
// Must never: keep the processes or the server (defer()).
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NatsConnection } from '@nats-io/transport-node';
import { Api, codecs, HostSubjects, type Codec } from '../proto/index.js';
import { startNatsServer } from '../test/helpers/nats.js';
import { round, rssMb, sleep, type BenchContext, type BenchResult } from './util.js';

const HERE = dirname(fileURLToPath(import.meta.url));

async function call<Req, Rep>(nc: NatsConnection, subject: string, req: Codec<Req>, rep: Codec<Rep>, body: Req): Promise<Rep> {
  return rep.decode((await nc.request(subject, req.encode(body), { timeout: 30_000 })).data);
}

function lines(p: ChildProcess): (re: RegExp, timeoutMs: number) => Promise<string> {
  let buf = '';
  p.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
  });
  return async (re, timeoutMs) => {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const m = re.exec(buf);
      if (m) {
        buf = buf.slice(m.index + m[0].length);
        return m[0];
      }
      if (Date.now() > end) throw new Error(`no ${re} from child within ${timeoutMs} ms`);
      await sleep(50);
    }
  };
}

export const bench = {
  name: 'footprint',
  title: '6. Footprint: agent and controller RSS',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const n = ctx.quick ? 500 : 10_000;
    const server = await startNatsServer({ extraConfig: 'max_payload: 8MB' });
    ctx.defer(() => server.stop());
    const ctl = spawn(
      process.execPath,
      [join(HERE, '../controller/main.js'), '--nats', server.url, '--log-level', 'warn', '--host-down-after-ms', '60000'],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
    ctx.defer(() => ctl.kill('SIGKILL'));
    const agent = spawn(process.execPath, [join(HERE, 'footprint-agent.js'), server.url, 'fa'], { stdio: ['pipe', 'pipe', 'inherit'] });
    ctx.defer(() => agent.kill('SIGKILL'));
    const read = lines(agent);
    await read(/ready/, 30_000);
    const cli = await server.connect('cli');
    const beat = () => {
      for (const [i, h] of ['fb', 'fc', 'fd'].entries())
        cli.publish(
          HostSubjects.heartbeat(h),
          codecs.heartbeat.encode({ host: h, underlayIp: `198.18.252.${10 + i}`, mtu: 1500, vxlanPort: 4789, sentMs: Date.now() }),
        );
    };
    beat();
    const beats = setInterval(beat, 1000);
    ctx.defer(() => clearInterval(beats));
    for (
      let t = 0;
      t < 200 && (await call(cli, Api.hostList, codecs.nameRequest, codecs.hostReply, {}).catch(() => ({ hosts: [] }))).hosts?.length !== 4;
      t++
    )
      await sleep(100);
    await sleep(2000);
    const idle = { controller: round(await rssMb(ctl.pid!), 1), agent: round(await rssMb(agent.pid!), 1) };
    ctx.log(`idle ${JSON.stringify(idle)}`);
    const net = await call(cli, Api.networkCreate, codecs.networkCreateRequest, codecs.networkReply, {
      name: 'big',
      subnet: '10.0.0.0/16',
    });
    if (net.error) throw new Error(net.error.message ?? 'network create failed');
    const first = await call(cli, Api.run, codecs.runRequest, codecs.workloadReply, { name: 'local', host: 'fa', networks: ['big'] });
    if (first.error) throw new Error(first.error.message ?? 'run failed');
    let next = 0;
    let errors = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < n - 1) {
          const i = next++;
          const rep = await call(cli, Api.run, codecs.runRequest, codecs.workloadReply, {
            name: `e${i}`,
            host: ['fb', 'fc', 'fd'][i % 3]!,
            networks: ['big'],
          });
          if (rep.error) errors++;
        }
      }),
    );
    // The agent holds them all, converged; then the controller answers a full listing.
    const end = Date.now() + 300_000;
    let held = 0;
    while (Date.now() < end) {
      agent.stdin!.write('endpoints\n');
      const m = /endpoints (\d+) converged (\w+)/.exec(await read(/endpoints \d+ converged \w+/, 10_000))!;
      held = Number(m[1]);
      if (held >= n && m[2] === 'true') break;
      await sleep(500);
    }
    await call(cli, Api.networkInspect, codecs.nameRequest, codecs.networkReply, { names: ['big'] });
    await call(cli, Api.ps, codecs.nameRequest, codecs.workloadReply, {});
    await sleep(1000);
    const loaded = { controller: round(await rssMb(ctl.pid!), 1), agent: round(await rssMb(agent.pid!), 1) };
    ctx.log(`with ${n} endpoints ${JSON.stringify(loaded)} (agent holds ${held}, ${errors} failed runs)`);
    r.details = { endpoints: n, idle, loaded, agentHolds: held, failedRuns: errors };
    r.rows.push({ bench: 'footprint', metric: 'agent RSS idle', unit: 'MB', vxnet: idle.agent });
    r.rows.push({
      bench: 'footprint',
      metric: `agent RSS with ${n} endpoints`,
      unit: 'MB',
      vxnet: loaded.agent,
      target: '<= 100 MB',
      met: loaded.agent === null ? null : loaded.agent <= 100 && held >= n,
    });
    r.rows.push({ bench: 'footprint', metric: 'controller RSS idle', unit: 'MB', vxnet: idle.controller });
    r.rows.push({
      bench: 'footprint',
      metric: `controller RSS with ${n} endpoints`,
      unit: 'MB',
      vxnet: loaded.controller,
      target: '<= 200 MB',
      met: loaded.controller === null ? null : loaded.controller <= 200,
    });
    r.notes.push(
      `Endpoints created with ${n} runs through the admin API, all on the agent's network; the agent (real Agent, FakeKernel model in memory: an upper bound) held ${held}. No peer baseline for memory.`,
    );
  },
};
