// What the domain modules share: the store and the per-controller helpers
// built over it. Owns: wiring only. Must never: hold request state.
import type { Logger } from '../lib/log.js';
import { AddressClaims, PortClaims } from './claims.js';
import { domainConfig, type DomainConfig } from './config.js';
import { Hosts } from './hosts.js';
import type { PortsInUse } from './hostports.js';
import { Networks } from './networks.js';
import { Registry } from './registry.js';
import type { Store } from './store.js';

export interface Ctx {
  store: Store;
  config: DomainConfig;
  log: Logger;
  registry: Registry;
  networks: Networks;
  addresses: AddressClaims;
  ports: PortClaims;
  hosts: Hosts;
  now: () => number;
  /** Asks a host's agent which host ports processes hold; absent = not checked (unit tests). */
  portsInUse?: PortsInUse;
}

export function createContext(store: Store, log: Logger, partial: Partial<DomainConfig> = {}, now: () => number = Date.now): Ctx {
  const config = domainConfig(partial);
  const registry = new Registry(store, undefined, now);
  return {
    store,
    config,
    log,
    registry,
    now,
    networks: new Networks(store, registry, config),
    addresses: new AddressClaims(store, config.addressCacheMs, now),
    ports: new PortClaims(store),
    hosts: new Hosts(store, config, log, now),
  };
}
