// Endpoint hints (proto/subjects.ts EndpointHints): a Store that, after every
// successful write of a network endpoint, publishes the written value and its
// revision on the key's hint subject, so that agents learn of a membership
// change in one plain publish instead of waiting for their JetStream watches.
// Owns: which writes are hinted (puts of `nw.<net>.ep.<workload>` only: a
// deletion has no revision to order it by, and reaches agents through their
// watches). Must never: change what is stored, or fail a write because a hint
// could not be sent (a hint is an optimisation; the watch delivers anyway).
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { EndpointHints, parseEndpointKey } from '../proto/index.js';
import type { Store } from './store.js';

export function withEndpointHints(store: Store, nc: NatsConnection, bucket: string): Store {
  const hint = (key: string, value: Uint8Array, revision: number): number => {
    if (parseEndpointKey(key)) {
      try {
        const h = headers();
        h.set(EndpointHints.REVISION_HEADER, String(revision));
        nc.publish(EndpointHints.of(bucket, key), value, { headers: h });
      } catch {
        // Closed or draining connection: the watches deliver the write.
      }
    }
    return revision;
  };
  return {
    get: (key) => store.get(key),
    create: async (key, value) => hint(key, value, await store.create(key, value)),
    update: async (key, value, revision) => hint(key, value, await store.update(key, value, revision)),
    put: async (key, value) => hint(key, value, await store.put(key, value)),
    delete: (key, revision) => store.delete(key, revision),
    keys: (filter) => store.keys(filter),
  };
}
