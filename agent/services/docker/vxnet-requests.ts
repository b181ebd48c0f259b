// The plugin's requests to the controller, on this host's own subjects (its
// NATS credentials allow only vxnet.host.<host>.>): the vxnet network behind
// a Docker network (created if absent) and the registry with endpoints.
// Must never: cache; the callers decide what to remember.
import type { NatsConnection } from '@nats-io/transport-node';
import { Code, Unavailable, VxnetError, errorMessage } from '../../../lib/errors.js';
import { codecs, HostSubjects, type Network, type NetworkCreateRequest, type NetworkView } from '../../../proto/index.js';

const TIMEOUT_MS = 10_000;

export class VxnetRequests {
  constructor(
    private readonly nc: NatsConnection,
    private readonly host: string,
  ) {}

  async ensureNetwork(req: NetworkCreateRequest): Promise<Network> {
    const reply = await this.call(HostSubjects.network(this.host), codecs.networkCreateRequest.encode(req));
    const n = reply.networks?.[0]?.network;
    if (!n) throw new VxnetError(Code.INTERNAL, 'the controller answered without a network');
    return n;
  }

  /** Every network (names empty, no endpoints) or the named ones with their endpoints. */
  async networks(names: string[] = []): Promise<NetworkView[]> {
    return (await this.call(HostSubjects.networks(this.host), codecs.nameRequest.encode({ names }))).networks ?? [];
  }

  private async call(subject: string, data: Uint8Array) {
    let bytes: Uint8Array;
    try {
      bytes = (await this.nc.request(subject, data, { timeout: TIMEOUT_MS })).data;
    } catch (err) {
      throw new Unavailable(`the vxnet controller does not answer (${errorMessage(err)}): is vxnet-controller running?`, { cause: err });
    }
    const reply = codecs.networkReply.decode(bytes);
    if (reply.error && (reply.error.code || reply.error.message)) {
      throw new VxnetError(reply.error.code ?? Code.INTERNAL, reply.error.message ?? 'request failed');
    }
    return reply;
  }
}
