// Workload hostnames (agent/kernel/uts.ts) on real mounts: a UTS namespace is
// made once per workload and bound on its file, a later hostname goes into
// the same one (never a second mount stacked on the file), a new instance
// (an agent restart) adopts what the last one bound, a mount removed behind
// its back is made again, and drop() leaves neither mount nor file. Works in
// a directory of its own under /tmp; every mount it makes there is removed.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { UtsNamespaces } from '../../agent/kernel/uts.js';
import { runTool } from '../../agent/kernel/run.js';

const dir = mkdtempSync(join(tmpdir(), 'vxnet-uts-'));

/** nsfs mounts on `file`, counted in this process's mount table. */
function mountsOn(file: string): number {
  return readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter((l) => {
      const f = l.split(' ');
      return f[4] === file && f[f.indexOf('-') + 1] === 'nsfs';
    }).length;
}

after(async () => {
  for (const f of [join(dir, 'w1'), join(dir, 'w2')]) {
    while (mountsOn(f) > 0) await runTool(['umount', f]);
  }
  rmSync(dir, { recursive: true, force: true });
});

const hostnameIn = async (file: string) => (await runTool(['nsenter', `--uts=${file}`, 'hostname'])).trim();

test('one UTS namespace per workload: set twice, adopted after a restart, made again when unmounted behind its back, dropped', async () => {
  const uts = new UtsNamespaces(dir);
  const file = uts.file('w1');
  await uts.set('w1', 'alpha');
  assert.equal(mountsOn(file), 1);
  assert.equal(await hostnameIn(file), 'alpha');
  assert.deepEqual(uts.wrap('w1'), ['nsenter', `--uts=${file}`, '--']);
  // A workload never set has no namespace to enter (positive control above: w1 has one).
  assert.deepEqual(uts.wrap('w2'), []);

  await uts.set('w1', 'beta');
  assert.equal(mountsOn(file), 1, 'the second hostname goes into the same namespace');
  assert.equal(await hostnameIn(file), 'beta');

  // An agent restart: a new instance finds the mount in the table and uses it.
  const again = new UtsNamespaces(dir);
  await again.set('w1', 'gamma');
  assert.equal(mountsOn(file), 1, 'adopted, not stacked');
  assert.equal(await hostnameIn(file), 'gamma');

  // Unmounted behind its back: the next hostname makes a namespace again.
  await runTool(['umount', file]);
  assert.equal(mountsOn(file), 0);
  await again.set('w1', 'delta');
  assert.equal(mountsOn(file), 1);
  assert.equal(await hostnameIn(file), 'delta');

  await again.set('w2', 'other');
  assert.equal(await hostnameIn(again.file('w2')), 'other');
  assert.equal(await hostnameIn(file), 'delta', 'each workload its own namespace');

  await again.drop('w1');
  assert.equal(mountsOn(file), 0);
  assert.equal(existsSync(file), false);
  assert.deepEqual(again.wrap('w1'), []);
  await again.drop('w1'); // already gone: success
  await again.drop('w2');
  assert.equal(mountsOn(again.file('w2')), 0);
});

test('names that would leave the directory, and invalid hostnames, are refused before anything runs', async () => {
  const uts = new UtsNamespaces(dir);
  assert.throws(() => uts.file('../etc'), /invalid namespace name/);
  await assert.rejects(uts.set('w3', 'bad name'), /invalid hostname/);
  assert.equal(existsSync(join(dir, 'w3')), false);
});
