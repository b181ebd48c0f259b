// The agent's --verify-prediction flag and verifyPrediction config key: accepted
// values turn the shadow check on, anything else is refused in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAgentConfig, type AgentConfig } from '../../agent/config/config.js';
import { InvalidArgument } from '../../lib/errors.js';

test('--verify-prediction and the verifyPrediction config key turn the shadow check on; a non-boolean key is refused', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-cfg-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const withFile = (json: unknown) => {
    const f = join(dir, 'agent.json');
    writeFileSync(f, JSON.stringify(json));
    return ['--host', 'h1', '--config', f];
  };
  const load = (argv: string[]) => loadAgentConfig(argv) as AgentConfig;
  assert.equal(load(['--host', 'h1']).verifyPrediction, undefined, 'off by default');
  assert.equal(load(['--host', 'h1', '--verify-prediction']).verifyPrediction, true);
  assert.equal(load(withFile({ verifyPrediction: true })).verifyPrediction, true);
  assert.equal(load(withFile({ verifyPrediction: false })).verifyPrediction, undefined);
  assert.throws(
    () => load(withFile({ verifyPrediction: 'yes' })),
    (e: unknown) => e instanceof InvalidArgument && /"verifyPrediction" .*must be true or false/.test(e.message),
  );
});
