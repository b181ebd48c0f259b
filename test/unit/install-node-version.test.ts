// deploy/install.sh refuses a Node older than 20.5 (Debian 12's nodejs is
// 18.19.0) with one line and before touching anything; a new enough Node gets
// past that check (positive control: it then stops at its next check, since
// this is a checkout and not an unpacked tarball). `node` is a stub that
// answers --version like the real one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const INSTALL = join(dirname(fileURLToPath(import.meta.url)), '../../../deploy/install.sh');

function installWithNode(version: string): { code: number | null; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-node-stub-'));
  try {
    writeFileSync(join(dir, 'node'), `#!/bin/sh\necho ${version}\n`, { mode: 0o755 });
    const r = spawnSync('bash', [INSTALL], { encoding: 'utf8', env: { PATH: `${dir}:/usr/bin:/bin` } });
    return { code: r.status, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('install.sh refuses Debian 12’s Node 18 with one line, and lets Node 20.5 through', () => {
  const old = installWithNode('v18.19.0');
  assert.equal(old.code, 1);
  assert.equal(old.stderr.trim().split('\n').length, 1, `more than one line: ${old.stderr}`);
  assert.match(old.stderr, /^install\.sh: Node 18\.19\.0 is too old: vxnet needs Node >= 20\.5 /);
  for (const ok of ['v20.5.0', 'v22.11.0']) {
    const r = installWithNode(ok);
    assert.notEqual(r.code, 0, 'a checkout is not a tarball: it must stop before installing');
    assert.doesNotMatch(r.stderr, /too old/, `${ok} refused: ${r.stderr}`);
  }
  assert.match(installWithNode('v20.4.1').stderr, /Node 20\.4\.1 is too old/);
});
