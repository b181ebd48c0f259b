// The orphan sweeper (controller/sweep.ts) on the in-memory store: a request
// cut short by a crash (the process dies: no undo runs) leaves claims and
// endpoints without a workload; they are removed once they have stayed
// orphaned, unchanged, for the grace period, and nothing a workload holds is
// ever touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../lib/log.js';
import { Keys } from '../../proto/index.js';
import { addHost } from '../../controller/testing.js';
import { createContext } from '../../controller/context.js';
import { MemoryStore } from '../../controller/store-memory.js';
import { run } from '../../controller/run.js';
import { remove } from '../../controller/workloads.js';
import { OrphanSweeper, findOrphans } from '../../controller/sweep.js';
import type { Store, StoreEntry } from '../../controller/store.js';

const GRACE = 30_000;

/** A store whose writes matching `dies` never complete: the controller process died right there. */
class CrashingStore implements Store {
  dies: (op: string, key: string) => boolean = () => false;
  constructor(readonly inner: MemoryStore) {}
  private gate<T>(op: string, key: string, fn: () => Promise<T>): Promise<T> {
    return this.dies(op, key) ? new Promise<T>(() => {}) : fn();
  }
  get(key: string): Promise<StoreEntry | null> {
    return this.inner.get(key);
  }
  create(key: string, value: Uint8Array): Promise<number> {
    return this.gate('create', key, () => this.inner.create(key, value));
  }
  update(key: string, value: Uint8Array, revision: number): Promise<number> {
    return this.gate('update', key, () => this.inner.update(key, value, revision));
  }
  put(key: string, value: Uint8Array): Promise<number> {
    return this.gate('put', key, () => this.inner.put(key, value));
  }
  delete(key: string, revision?: number): Promise<void> {
    return this.gate('delete', key, () => this.inner.delete(key, revision));
  }
  keys(filter: string): Promise<string[]> {
    return this.inner.keys(filter);
  }
}

/** `mem` with its key listings answered by `keys` (a lagging or failing listing). */
function listingThrough(mem: MemoryStore, keys: (filter: string) => Promise<string[]>): Store {
  return {
    get: (key) => mem.get(key),
    create: (key, value) => mem.create(key, value),
    update: (key, value, revision) => mem.update(key, value, revision),
    put: (key, value) => mem.put(key, value),
    delete: (key, revision) => mem.delete(key, revision),
    keys,
  };
}

async function setup() {
  const mem = new MemoryStore();
  const store = new CrashingStore(mem);
  let clock = 1_000_000;
  const now = () => clock;
  const ctx = createContext(store, silentLogger, {}, now);
  await addHost(mem, 'h1');
  await ctx.networks.create({ name: 'blue', subnet: '10.10.0.0/24' });
  const sweeper = new OrphanSweeper(mem, GRACE, silentLogger, now);
  return {
    ctx,
    mem,
    store,
    sweeper,
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const claimsOf = (mem: MemoryStore, name: string) =>
  [...mem.snapshot().keys()].filter(
    (k) =>
      k === `name.${name}` ||
      k.endsWith(`.ep.${name}`) ||
      ((k.startsWith('ip.') || k.startsWith('port.')) && Buffer.from(mem.snapshot().get(k)!, 'hex').toString() === name),
  );

test('a run killed before its workload write leaves orphans; they go after the grace period, the name and address are free again', async () => {
  const { ctx, mem, store, sweeper, advance } = await setup();
  await run(ctx, { name: 'a', host: 'h1', networks: ['blue'], publish: ['8080:80'] });
  const held = mem.snapshot();

  store.dies = (op, key) => op === 'create' && key === Keys.workload('h1', 'b');
  void run(ctx, { name: 'b', host: 'h1', networks: ['blue'], publish: ['8081:80'] });
  await new Promise((r) => setTimeout(r, 50));
  store.dies = () => false;
  const left = claimsOf(mem, 'b').sort();
  assert.deepEqual(left.map((k) => k.split('.')[0]).sort(), ['ip', 'ip', 'name', 'nw', 'port'], `what the crash left: ${left.join(', ')}`);

  assert.deepEqual(await sweeper.sweep(), [], 'first sight only marks');
  advance(GRACE - 1);
  assert.deepEqual(await sweeper.sweep(), [], 'not before the grace period');
  advance(1);
  assert.deepEqual((await sweeper.sweep()).sort(), left);
  assert.deepEqual(mem.snapshot(), held, 'exactly the state before the interrupted run');

  const again = await run(ctx, { name: 'b', host: 'h1', networks: ['blue'], publish: ['8081:80'] });
  assert.equal(again.attachments![0]!.ip, '10.10.0.3', 'the address is handed out again');
});

test('a listing that misses a workload (a replica behind the leader) does not free its claims: each owner is read afresh before a delete', async () => {
  const { ctx, mem, store, advance } = await setup();
  await run(ctx, { name: 'a', host: 'h1', networks: ['blue'], publish: ['8080:80'] });
  const ofA = claimsOf(mem, 'a').sort();
  // Positive control in the same sweeps: b's run dies before its workload write, leaving real orphans.
  store.dies = (op, key) => op === 'create' && key === Keys.workload('h1', 'b');
  void run(ctx, { name: 'b', host: 'h1', networks: ['blue'] });
  await new Promise((r) => setTimeout(r, 50));
  store.dies = () => false;
  const ofB = claimsOf(mem, 'b').sort();
  // Listings never show a's workload; a get of its key does.
  const lagging = listingThrough(mem, async (filter) => (await mem.keys(filter)).filter((k) => k !== Keys.workload('h1', 'a')));
  let clock = 0;
  const sweeper = new OrphanSweeper(lagging, GRACE, silentLogger, () => clock);
  await sweeper.sweep();
  clock += GRACE;
  advance(GRACE);
  assert.deepEqual((await sweeper.sweep()).sort(), ofB, "b's orphans go");
  assert.deepEqual(claimsOf(mem, 'a').sort(), ofA, 'a keeps its name, address, port and endpoint');
});

test('a pass that cannot list one kind of claim still sweeps the others, and keeps the marks of what it could not read', async () => {
  const { ctx, mem, store, advance } = await setup();
  store.dies = (op, key) => op === 'create' && key === Keys.workload('h1', 'b');
  void run(ctx, { name: 'b', host: 'h1', networks: ['blue'], publish: ['8081:80'] });
  await new Promise((r) => setTimeout(r, 50));
  store.dies = () => false;
  const left = claimsOf(mem, 'b').sort();
  let failing = '';
  const flaky = listingThrough(mem, async (filter) => {
    if (filter === failing) throw new Error(`listing ${filter}: timeout`);
    return mem.keys(filter);
  });
  let clock = 0;
  const sweeper = new OrphanSweeper(flaky, GRACE, silentLogger, () => clock);
  await sweeper.sweep();
  clock += GRACE;
  advance(GRACE);
  failing = 'ip.>';
  const second = (await sweeper.sweep()).sort();
  assert.deepEqual(
    second,
    left.filter((k) => !k.startsWith('ip.')),
    'everything but the unlisted addresses goes',
  );
  failing = '';
  assert.deepEqual(
    (await sweeper.sweep()).sort(),
    left.filter((k) => k.startsWith('ip.')),
    'the addresses go next pass: their marks were kept',
  );
  assert.deepEqual(claimsOf(mem, 'b'), []);
});

test('an rm killed after its workload delete leaves orphans that are swept', async () => {
  const { ctx, mem, store, sweeper, advance } = await setup();
  await run(ctx, { name: 'a', host: 'h1', networks: ['blue'] });
  await run(ctx, { name: 'b', host: 'h1', networks: ['blue'], publish: ['8081:80'] });
  const before = claimsOf(mem, 'b');
  store.dies = (op, key) => op === 'delete' && key.startsWith('nw.');
  void remove(ctx, ['b'], false);
  await new Promise((r) => setTimeout(r, 50));
  store.dies = () => false;
  assert.equal(await mem.get(Keys.workload('h1', 'b')), null);
  await sweeper.sweep();
  advance(GRACE);
  assert.deepEqual((await sweeper.sweep()).sort(), before.sort());
  assert.deepEqual(claimsOf(mem, 'b'), []);
  assert.equal(claimsOf(mem, 'a').length, 4, 'a keeps its name, addresses (overlay, gateway path) and endpoint');
});

test('a request still in flight within the grace period is left alone', async () => {
  const { ctx, mem, store, sweeper, advance } = await setup();
  let release: () => void = () => {};
  const paused = new Promise<void>((r) => {
    release = r;
  });
  const inner = store.put.bind(store);
  store.put = async (key, value) => {
    if (key === Keys.workload('h1', 'slow')) await paused;
    return inner(key, value);
  };
  const p = run(ctx, { name: 'slow', host: 'h1', networks: ['blue'] });
  await new Promise((r) => setTimeout(r, 50));
  await sweeper.sweep();
  advance(GRACE - 1000);
  release();
  await p;
  advance(1000);
  assert.deepEqual(await sweeper.sweep(), []);
  assert.equal(claimsOf(mem, 'slow').length, 4);
});

test('an orphan that changes restarts its grace period; a conditional delete never removes a newer value', async () => {
  const { mem, sweeper, advance } = await setup();
  const enc = (s: string) => new TextEncoder().encode(s);
  await mem.create(Keys.workloadName('ghost'), enc('h1'));
  await sweeper.sweep();
  advance(GRACE - 1);
  await mem.put(Keys.workloadName('ghost'), enc('h2')); // another controller's run took it over
  advance(1);
  assert.deepEqual(await sweeper.sweep(), [], 'changed since it was marked');
  advance(GRACE);
  assert.deepEqual(await sweeper.sweep(), [Keys.workloadName('ghost')]);
});

test('findOrphans: a claim is held only by the workload, network, address, host and port it names', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const w = {
    name: 'a',
    host: 'h1',
    attachments: [{ network: 'blue', networkId: 'n1', ip: '10.0.0.2', ip6: 'fd00::2' }],
    ports: [{ protocol: 1, hostPort: 8080 }],
  };
  const e = (key: string, v: string) => ({ key, value: enc(v), revision: 1 });
  const claims = [
    e('name.a', 'h1'),
    e('name.b', 'h1'),
    e('ip.n1.10_0_0_2', 'a'),
    e('ip.n1.10_0_0_3', 'a'),
    e('ip.n2.10_0_0_2', 'a'),
    e('ip.n1.fd00--2', 'a'),
    e('ip.n1.fd00--3', 'a'),
    e('ip.n2.fd00--2', 'a'),
    e('port.h1.tcp.8080', 'a'),
    e('port.h1.udp.8080', 'a'),
    e('port.h2.tcp.8080', 'a'),
    e('registry.networks', ''),
  ];
  assert.deepEqual(findOrphans(claims, [w]), [
    'name.b',
    'ip.n1.10_0_0_3',
    'ip.n2.10_0_0_2',
    'ip.n1.fd00--3',
    'ip.n2.fd00--2',
    'port.h1.udp.8080',
    'port.h2.tcp.8080',
  ]);
});
