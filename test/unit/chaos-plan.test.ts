// Plans after an agent crash (SIGKILL in the middle of applying): what a
// killed `ip netns add` leaves behind is a file in /run/netns that is no
// namespace. The observer lists it as broken; the plan must delete it and,
// when it is wanted, make it again, in one pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../agent/pipeline/plan.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { STAGE } from '../../agent/model/kernel-objects.js';
import { PREFIX, bareHost, desired, endpoint, facts, overlayWorkload } from './agent-fixtures.js';

const aNs = `${PREFIX}wl-a`;

test('a broken namespace that is wanted is deleted and made again with its contents', () => {
  const observed = bareHost();
  observed.namespaces = [aNs];
  observed.broken = [aNs];
  const ops = plan(
    buildTarget(desired([overlayWorkload('a', 'h1', '10.77.0.2')], [endpoint('a', 'h1', '10.77.0.2', '198.18.0.1')]), facts()),
    observed,
    PREFIX,
  );
  const del = ops.findIndex((o) => o.op === 'netns-del' && o.ns === aNs);
  const add = ops.findIndex((o) => o.op === 'netns-add' && o.ns === aNs);
  assert.ok(del >= 0 && add > del, `netns-del then netns-add of ${aNs}: ${ops.map((o) => o.op).join(',')}`);
  assert.ok(
    ops.some((o) => o.op === 'veth-add'),
    'its veth is made',
  );
  assert.ok(
    ops.some((o) => o.op === 'route-replace' && o.ns === aNs),
    'its route is set',
  );
  const stages = ops.map((o) => STAGE[o.op]);
  assert.deepEqual(
    stages,
    [...stages].sort((x, y) => x - y),
  );
});

test('a broken namespace that is not wanted is deleted, nothing else happens', () => {
  const observed = bareHost();
  observed.namespaces = [aNs];
  observed.broken = [aNs];
  assert.deepEqual(plan(buildTarget(desired([], []), facts()), observed, PREFIX), [{ op: 'netns-del', ns: aNs }]);
});

test('a broken namespace without the prefix is not ours: left alone', () => {
  const observed = bareHost();
  observed.namespaces = ['someone-else'];
  observed.broken = ['someone-else'];
  assert.deepEqual(plan(buildTarget(desired([], []), facts()), observed, PREFIX), []);
});
