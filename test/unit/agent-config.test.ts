// The agent's --verify-prediction flag and verifyPrediction config key (and the IPv6 ones: --ipv6-nat, --gateway-bip6): accepted
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

test('--ipv6-nat / ipv6Nat turn NAT66 on (off by default); --gateway-bip6 / gatewayBridge.bip6 give the gateway bridge IPv6', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-cfg-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const withFile = (json: unknown) => {
    const f = join(dir, 'agent.json');
    writeFileSync(f, JSON.stringify(json));
    return ['--host', 'h1', '--config', f];
  };
  const load = (argv: string[]) => loadAgentConfig(argv) as AgentConfig;
  const plain = load(['--host', 'h1']);
  assert.deepEqual([plain.ipv6Nat, plain.gatewayBridge?.bip6], [undefined, undefined], 'off by default');
  const flags = load(['--host', 'h1', '--ipv6-nat', '--gateway-bip6', 'fd00:18::1/64']);
  assert.deepEqual([flags.ipv6Nat, flags.gatewayBridge?.bip6], [true, 'fd00:18::1/64']);
  const file = load(withFile({ ipv6Nat: true, gatewayBridge: { bip6: 'FD00:18::1/64' } }));
  assert.deepEqual([file.ipv6Nat, file.gatewayBridge?.bip6], [true, 'fd00:18::1/64']);
  assert.throws(
    () => load(withFile({ ipv6Nat: 'yes' })),
    (e: unknown) => e instanceof InvalidArgument && /"ipv6Nat" .*must be true or false/.test(e.message),
  );
  assert.throws(() => load(['--host', 'h1', '--gateway-bip6', 'fd00:18::1']), /gateway-bip6 must be an IPv6 address with a prefix length/);
});
