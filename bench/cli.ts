// 8. CLI start-up: `vxnet --help` and `vxnet ps` (against a real nats-server
// and controller on loopback) beside `node -e 0`, measured in the same run,
// interleaved so load on this shared machine hits every side alike. Several
// rounds; min / median / max per command. Target (issue: Docker habits): each
// ≤ 2× `node -e 0`.
// Must never: listen beyond loopback or leave the server running.
import { spawn } from 'node:child_process';
import { PROGRAMS } from '../cli/lab/programs.js';
import { startController } from '../controller/service.js';
import { startNatsServer } from '../test/helpers/nats.js';
import { nowMs, percentile, ratioOf, round, type BenchContext, type BenchResult } from './util.js';

const CLI = PROGRAMS.cli; // what the vxnet bin runs

/** Wall time of one run; async, so the in-process controller keeps answering meanwhile. */
async function timeOnce(argv: string[]): Promise<number> {
  const t0 = nowMs();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const p = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (c) => resolve({ code: c, stderr: err }));
  });
  const ms = nowMs() - t0;
  if (code !== 0) throw new Error(`${argv.slice(1).join(' ')} exited ${code}: ${stderr.trim()}`);
  return ms;
}

export const bench = {
  name: 'cli',
  title: '8. CLI start-up: vxnet --help and vxnet ps beside node -e 0',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const server = await startNatsServer();
    ctx.defer(() => server.stop());
    const ctl = await startController({ nc: await server.connect('bench-cli-ctl') });
    ctx.defer(() => ctl.stop());
    const sides: Record<string, string[]> = {
      'node -e 0': ['-e', '0'],
      'vxnet --help': [CLI, '--help'],
      'vxnet ps': [CLI, '--nats', server.url, 'ps'],
    };
    await timeOnce(sides['vxnet ps']!); // warms the page cache; fails loudly when ps cannot work
    const rounds = ctx.quick ? 5 : 25;
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
    for (let i = 0; i < rounds; i++) {
      // Rotate the order every round so no side always runs first.
      const names = Object.keys(sides);
      for (let j = 0; j < names.length; j++) {
        const name = names[(i + j) % names.length]!;
        samples[name]!.push(await timeOnce(sides[name]!));
      }
    }
    const stats = Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [
        k,
        { min: round(Math.min(...v), 1), median: round(percentile(v, 50), 1), max: round(Math.max(...v), 1) },
      ]),
    );
    r.details = { rounds, stats };
    const base = stats['node -e 0']!.median!;
    for (const k of ['vxnet --help', 'vxnet ps']) {
      const s = stats[k]!;
      r.rows.push({
        bench: 'cli',
        metric: `${k}, median (min–max ${s.min}–${s.max} ms)`,
        unit: 'ms',
        vxnet: s.median,
        baseline: base,
        baselineName: `node -e 0 (min–max ${stats['node -e 0']!.min}–${stats['node -e 0']!.max} ms)`,
        ratio: ratioOf(s.median, base, true),
        lowerIsBetter: true,
        target: '<= 2x node -e 0',
        met: s.median! <= 2 * base,
      });
    }
  },
};
