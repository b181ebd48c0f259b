// Test support: a controller context over the in-memory store, and hosts
// registered the way a heartbeat would. For unit tests only.
// Must never: be imported by main.ts or service.ts.
import { silentLogger } from '../lib/log.js';
import { codecs, Keys, type Host } from '../proto/index.js';
import type { DomainConfig } from './config.js';
import { createContext, type Ctx } from './context.js';
import { MemoryStore } from './store-memory.js';

export function memoryContext(
  config: Partial<DomainConfig> = {},
  store = new MemoryStore(),
  now: () => number = Date.now,
): { ctx: Ctx; store: MemoryStore } {
  return { ctx: createContext(store, silentLogger, config, now), store };
}

export async function addHost(store: MemoryStore, name: string, extra: Partial<Host> = {}, now = Date.now()): Promise<Host> {
  const n = Number(/\d+$/.exec(name)?.[0] ?? 1) % 250;
  const host: Host = {
    name,
    underlayIp: `192.168.50.${n + 1}`,
    mtu: 1500,
    vxlanPort: 4789,
    firstSeenMs: now,
    lastSeenMs: now,
    agentVersion: 'test',
    bridgeSubnet: `172.30.${n}.0/24`,
    bridgeGateway: `172.30.${n}.1`,
    gwbridgeSubnet: `172.29.${n}.0/24`,
    gwbridgeGateway: `172.29.${n}.1`,
    ...extra,
  };
  await store.put(Keys.host(name), codecs.host.encode(host));
  return host;
}
