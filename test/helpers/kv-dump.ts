// Dumps every live key and value of a KV bucket, so a test can assert that a
// refused request left the desired state byte-for-byte unchanged. Values are
// hex, keys sorted: two dumps compare with deepEqual and diff readably.
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { BUCKET } from '../../proto/index.js';

export type KvDump = Record<string, string>;

export interface DumpOptions {
  bucket?: string;
  /** Key prefixes left out, e.g. ['host.'] for liveness records heartbeats keep rewriting. */
  exclude?: readonly string[];
}

export async function dumpKv(nc: NatsConnection, o: DumpOptions = {}): Promise<KvDump> {
  const kv = await new Kvm(nc).open(o.bucket ?? BUCKET);
  const keys: string[] = [];
  for await (const k of await kv.keys()) keys.push(k);
  const out: KvDump = {};
  for (const k of keys.sort()) {
    if (o.exclude?.some((p) => k.startsWith(p))) continue;
    const e = await kv.get(k);
    if (e && e.operation === 'PUT') out[k] = Buffer.from(e.value).toString('hex');
  }
  return out;
}
