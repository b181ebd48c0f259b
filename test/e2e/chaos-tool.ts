// A helper process for the chaos suite, run inside the cluster's underlay
// namespace (where NATS is): `load SPEC.json` sends many admin requests at once
// over one connection (what hundreds of CLI processes would do, without
// starting hundreds of Node processes) and prints one JSON line per result as
// it arrives; `dump` prints the whole KV bucket as JSON. Errors are the CLI's
// own (cli/client.ts), so the wording checked is what a user would read.
// Must never: touch anything but the NATS URL it is given.
import { readFileSync } from 'node:fs';
import { Kvm } from '@nats-io/kv';
import { Client } from '../../cli/client.js';
import type { GlobalValues } from '../../cli/args.js';
import { connectNats } from '../../lib/nats.js';
import { errorMessage } from '../../lib/errors.js';
import { Api, BUCKET, codecs, HostSubjects } from '../../proto/index.js';

import type { LoadRequest, LoadResult, LoadSpec } from './chaos-helpers.js';

async function load(spec: LoadSpec): Promise<void> {
  const client = await Client.connect({ nats: spec.nats } as GlobalValues);
  const beat = () => {
    for (const h of spec.fakeHosts ?? []) {
      client.nc.publish(
        HostSubjects.heartbeat(h.name),
        codecs.heartbeat.encode({
          host: h.name,
          underlayIp: h.underlayIp,
          mtu: 1500,
          vxlanPort: 4789,
          sentMs: Date.now(),
          agentVersion: 'chaos',
          bridgeSubnet: h.bridgeSubnet,
          bridgeGateway: h.bridgeGateway,
          gwbridgeSubnet: h.gwbridgeSubnet ?? '',
          gwbridgeGateway: h.gwbridgeGateway ?? '',
        }),
      );
    }
  };
  // Fake hosts have no agent: answer their port checks ("nothing listens") here.
  for (const h of spec.fakeHosts ?? []) {
    client.nc.subscribe(HostSubjects.portcheck(h.name), {
      callback: (_e, m) => {
        m.respond(codecs.portCheckReply.encode({ inUse: [] }));
      },
    });
  }
  beat();
  const timer = setInterval(beat, 500);
  if (spec.fakeHosts?.length)
    await waitFakeHosts(
      client,
      spec.fakeHosts.map((h) => h.name),
    );
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= spec.requests.length) return;
      const r = spec.requests[i]!;
      let out: LoadResult;
      try {
        out = await send(client, i, r, spec.timeoutMs);
      } catch (err) {
        out = { i, kind: r.kind, name: nameOf(r), ok: false, error: errorMessage(err) };
      }
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
  };
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  clearInterval(timer);
  await client.close();
}

function nameOf(r: LoadRequest): string {
  return r.kind === 'rm' ? r.names.join(',') : (r.req.name ?? '');
}

async function send(client: Client, i: number, r: LoadRequest, timeoutMs: number): Promise<LoadResult> {
  if (r.kind === 'network') {
    const rep = await client.call(Api.networkCreate, codecs.networkCreateRequest, r.req, codecs.networkReply, timeoutMs);
    const n = rep.networks?.[0]?.network;
    return { i, kind: r.kind, name: nameOf(r), ok: true, vni: n?.vni ?? 0, subnet: n?.subnet ?? '' };
  }
  if (r.kind === 'rm') {
    await client.call(Api.rm, codecs.nameRequest, { names: r.names, force: true }, codecs.workloadReply, timeoutMs);
    return { i, kind: r.kind, name: nameOf(r), ok: true };
  }
  const rep = await client.call(Api.run, codecs.runRequest, r.req, codecs.workloadReply, timeoutMs);
  const w = rep.workloads?.[0]?.workload;
  return {
    i,
    kind: r.kind,
    name: nameOf(r),
    ok: true,
    host: w?.host ?? '',
    ips: (w?.attachments ?? []).map((a) => ({ networkId: a.networkId ?? '', ip: a.ip ?? '' })),
    ports: (w?.ports ?? []).map((p) => ({ protocol: p.protocol ?? 0, hostPort: p.hostPort ?? 0 })),
  };
}

async function waitFakeHosts(client: Client, names: string[]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const rep = await client.call(Api.hostList, codecs.nameRequest, { names: [] }, codecs.hostReply, 2000);
      const have = new Set((rep.hosts ?? []).map((h) => h.host?.name));
      if (names.every((n) => have.has(n))) return;
    } catch {
      /* controller not there yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fake hosts ${names.join(', ')} never registered`);
}

/** Every live key of the bucket: claims as their text value, documents decoded. */
async function dump(nats: string): Promise<void> {
  const nc = await connectNats({ servers: nats, reconnect: false });
  const kv = await new Kvm(nc).open(BUCKET);
  const out: Record<string, unknown> = {};
  const keys: string[] = [];
  for await (const k of await kv.keys('>')) keys.push(k);
  for (const k of keys.sort()) {
    const e = await kv.get(k);
    if (e?.operation !== 'PUT') continue;
    if (k.startsWith('wl.')) out[k] = codecs.workload.decode(e.value);
    else if (k.startsWith('nw.')) out[k] = codecs.endpoint.decode(e.value);
    else if (k === 'registry.networks') out[k] = codecs.networkRegistry.decode(e.value);
    else if (k.startsWith('host.')) out[k] = codecs.host.decode(e.value);
    else out[k] = new TextDecoder().decode(e.value);
  }
  process.stdout.write(JSON.stringify(out));
  await nc.close();
}

const [mode, arg] = process.argv.slice(2);
const main =
  mode === 'load'
    ? load(JSON.parse(readFileSync(arg!, 'utf8')) as LoadSpec)
    : mode === 'dump'
      ? dump(arg!)
      : Promise.reject(new Error('usage: chaos-tool load SPEC.json | dump NATS_URL'));
main.catch((err) => {
  process.stderr.write(`chaos-tool: ${errorMessage(err)}\n`);
  process.exit(1);
});
