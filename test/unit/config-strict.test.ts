// Strict daemon configs: unknown keys, wrong types and out-of-range values are
// refused with one line naming the key; the deploy/config samples parse and
// document every option the schemas know.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { AGENT_FILE_SCHEMA, loadAgentConfig } from '../../agent/config/config.js';
import { CONTROLLER_SCHEMA, loadConfig } from '../../controller/config.js';
import { InvalidArgument } from '../../lib/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'vxnet-strict-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: unknown): string {
  const p = join(dir, `c${n++}.json`);
  writeFileSync(p, JSON.stringify(content));
  return p;
}

/** Asserts fn throws one InvalidArgument line matching re. */
function refused(fn: () => unknown, re: RegExp): void {
  assert.throws(fn, (err: Error) => {
    assert.ok(err instanceof InvalidArgument, `${err.name}: ${err.message}`);
    assert.doesNotMatch(err.message, /\n/, 'one line');
    assert.match(err.message, re);
    return true;
  });
}

test('controller: a misspelt key, a wrong type or an out-of-range value is refused naming the key', () => {
  assert.equal(loadConfig(['--config', file({ replicas: 3 })], {}).replicas, 3, 'positive control');
  refused(() => loadConfig(['--config', file({ replica: 3 })], {}), /^unknown config key "replica" in .*c\d+\.json: remove it/);
  refused(() => loadConfig(['--config', file({ replicas: '3' })], {}), /config key "replicas" .* must be an integer in 1-5, got "3"/);
  refused(() => loadConfig(['--config', file({ defaultPrefix: 31 })], {}), /"defaultPrefix" .* must be an integer in 8-30, got 31/);
  refused(() => loadConfig(['--config', file({ portRange: { from: 1, to: 2, step: 1 } })], {}), /unknown config key "portRange.step"/);
  refused(() => loadConfig(['--config', file({ logLevel: 'loud' })], {}), /"logLevel" .* must be one of trace, debug/);
  assert.equal(loadConfig(['--replicas', '3'], {}).replicas, 3, 'a flag is text: numbers in it are numbers');
  refused(() => loadConfig(['--replicas', 'three'], {}), /^--replicas must be an integer in 1-5, got "three"$/);
  refused(() => loadConfig([], { VXNET_LOG_LEVEL: 'loud' }), /^VXNET_LOG_LEVEL must be one of/);
  refused(() => loadConfig(['--config', join(dir, 'missing.json')], {}), /cannot read config file/);
  refused(() => loadConfig(['--config', file([1])], {}), /must hold a JSON object/);
});

test('agent: a misspelt key, a wrong type or an out-of-range value is refused naming the key', () => {
  const ok = loadAgentConfig(['--config', file({ host: 'h1', vxlanPort: 4790, bridge: { mtu: 1400 } })]);
  assert.ok(ok !== 'help' && ok.vxlanPort === 4790 && ok.bridge?.mtu === 1400, 'positive control');
  refused(() => loadAgentConfig(['--config', file({ host: 'h1', vxlanport: 4790 })]), /^unknown config key "vxlanport"/);
  refused(() => loadAgentConfig(['--config', file({ host: 'h1', bridge: { mtu: '1400' } })]), /"bridge\.mtu" .* must be an integer/);
  refused(() => loadAgentConfig(['--config', file({ host: 'h1', bridge: { bips: 'none' } })]), /unknown config key "bridge\.bips"/);
  refused(() => loadAgentConfig(['--config', file({ host: 'h1', vxlanPort: 70000 })]), /"vxlanPort" .* 1-65535, got 70000/);
  refused(() => loadAgentConfig(['--host', 'h1', '--resync-seconds', '0']), /^--resync-seconds must be an integer in 1-3600, got 0$/);
  refused(() => loadAgentConfig(['--config', file({ host: 7 })]), /"host" .* must be a string, got 7/);
  refused(() => loadAgentConfig([]), /--host is required/);
});

/** Every key of a zod object schema, nested ones as a.b. */
function keysOf(schema: z.ZodType, prefix = ''): string[] {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (!(s instanceof z.ZodObject)) return [];
  return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([k, v]) => {
    const inner = keysOf(v, `${prefix}${k}.`);
    return inner.length ? inner : [`${prefix}${k}`];
  });
}

for (const [name, schema, load] of [
  ['agent', AGENT_FILE_SCHEMA, (p: string) => loadAgentConfig(['--config', p])],
  ['controller', CONTROLLER_SCHEMA, (p: string) => loadConfig(['--config', p], {})],
] as const) {
  test(`deploy/config/${name}.json parses and documents every option`, () => {
    const path = `deploy/config/${name}.json`;
    assert.doesNotThrow(() => load(path));
    const doc = (JSON.parse(readFileSync(path, 'utf8')) as { _doc: Record<string, string> })._doc;
    const documented = new Set(Object.keys(doc).flatMap((k) => k.split(' / ')));
    const missing = keysOf(schema).filter((k) => !documented.has(k));
    assert.deepEqual(missing, [], `${path} _doc must describe every option`);
  });
}
