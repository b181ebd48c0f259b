// Keeps the benchmark code from rotting: runs `bench --quick` (small N, a few
// seconds per benchmark) into a temporary directory and checks that every
// benchmark ran and reported its rows, and that the run left nothing behind.
// Asserts nothing about speed: the figures live in bench/results/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const peers = existsSync('/usr/lib/podman/netavark') && existsSync('/usr/lib/cni/bridge');

test('npm run bench -- --quick runs every benchmark and writes JSON, markdown and SVG', { timeout: 180_000 }, (t) => {
  const out = mkdtempSync(join(tmpdir(), 'vxnet-bench-smoke-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/main.js'), '--quick', '--out', out], {
    encoding: 'utf8',
    timeout: 170_000,
    maxBuffer: 64 * 2 ** 20,
  });
  // The cause first: a CI log keeps only the start and the end of a long message.
  const failed = (r.stdout ?? '').split('\n').filter((l) => /FAILED|LEFTOVERS/.test(l));
  assert.equal(
    r.status,
    0,
    `bench --quick failed (status ${r.status}, signal ${r.signal}):\n${failed.join('\n')}\nstderr:\n${(r.stderr ?? '').slice(-3000)}\nstdout (end):\n${(r.stdout ?? '').slice(-3000)}`,
  );
  const files = readdirSync(out);
  const json = files.find((f) => f.endsWith('-quick.json'));
  assert.ok(json, `no JSON in ${files.join(', ')}`);
  assert.ok(files.some((f) => f.endsWith('-quick.md')) && files.some((f) => f.endsWith('-quick.svg')));
  const run = JSON.parse(readFileSync(join(out, json), 'utf8')) as {
    results: { name: string; error?: string; rows: unknown[]; details: Record<string, unknown> }[];
    leftovers: string[];
  };
  assert.deepEqual(
    run.results.map((x) => x.name),
    ['dataplane', 'convergence', 'setup', 'controller', 'fanout', 'footprint', 'ports', 'cni', 'cli', 'docker', 'names'],
  );
  for (const b of run.results) {
    assert.equal(b.error, undefined, `${b.name}: ${b.error}`);
    assert.ok(b.rows.length > 0, `${b.name} reported no rows`);
  }
  const setup = run.results.find((x) => x.name === 'setup')!.details as {
    figures: Record<string, unknown>;
    failed: Record<string, string>;
  };
  const want = ['vxnet', 'naive ip per command', ...(peers ? ['netavark', 'CNI bridge+host-local'] : [])];
  for (const name of want) assert.ok(setup.figures[name], `setup side ${name} has no figures: ${setup.failed[name] ?? 'missing'}`);
  assert.deepEqual(run.leftovers, []);
  assert.match(readFileSync(join(out, json.replace('.json', '.svg')), 'utf8'), /^<svg /);
});
