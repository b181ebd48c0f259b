// Asks a host's agent whether host ports are free of listening processes
// (vxnet.host.<h>.portcheck), so a run never publishes a port that a process
// on the host already holds: vxnet's DNAT would silently steal its traffic.
// Owns: the request and the meaning of "no answer" (UNAVAILABLE).
// Must never: decide which ports to claim (run.ts) or write the store.
import type { NatsConnection } from '@nats-io/transport-node';
import { errorMessage, Unavailable } from '../lib/errors.js';
import { codecs, HostSubjects, type HostPort } from '../proto/index.js';

/** The subset of `ports` some process on `host` listens on or is bound to. */
export type PortsInUse = (host: string, ports: HostPort[]) => Promise<HostPort[]>;

export function natsPortsInUse(nc: NatsConnection, timeoutMs = 3000): PortsInUse {
  return async (host, ports) => {
    let data: Uint8Array;
    try {
      data = (await nc.request(HostSubjects.portcheck(host), codecs.portCheckRequest.encode({ ports }), { timeout: timeoutMs })).data;
    } catch (err) {
      throw new Unavailable(
        `host ${host} did not answer whether its ports are free (${errorMessage(err)}): is its agent running? see \`vxnet host ls\``,
      );
    }
    const reply = codecs.portCheckReply.decode(data);
    if (reply.error) throw new Unavailable(`host ${host} could not check its ports: ${reply.error.message}`);
    return reply.inUse ?? [];
  };
}
