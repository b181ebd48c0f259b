// Encoding and decoding of every message on the wire or in the store.
// Decoders never let a protobufjs exception or a half-filled message through:
// truncated bytes, a wrong version or a missing required field become a WireError.
import { vxnet } from './gen/vxnet.js';
import { WireError } from '../lib/errors.js';

export const PROTOCOL_VERSION = 1;
export const pb = vxnet.v1;

interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(reader: Uint8Array): T;
  verify(message: Record<string, unknown>): string | null;
  create(props?: T): T;
}

export interface Codec<T> {
  readonly type: string;
  encode(message: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}

function codec<T extends { version?: number | null }>(type: string, mt: MessageType<T>, required: readonly (keyof T)[] = []): Codec<T> {
  return {
    type,
    encode(message) {
      return mt.encode(mt.create({ ...message, version: PROTOCOL_VERSION })).finish();
    },
    decode(bytes) {
      let msg: T;
      try {
        msg = mt.decode(bytes);
      } catch (err) {
        throw new WireError(type, (err as Error).message, { cause: err });
      }
      if (msg.version !== PROTOCOL_VERSION) {
        throw new WireError(type, `protocol version ${msg.version ?? 0}, expected ${PROTOCOL_VERSION}`);
      }
      for (const field of required) {
        const value = msg[field];
        if (value === undefined || value === null || value === '') {
          throw new WireError(type, `missing ${String(field)}`);
        }
      }
      return msg;
    },
  };
}

export type Network = vxnet.v1.INetwork;
export type NetworkRegistry = vxnet.v1.INetworkRegistry;
export type Attachment = vxnet.v1.IAttachment;
export type Workload = vxnet.v1.IWorkload;
export type Endpoint = vxnet.v1.IEndpoint;
export type Host = vxnet.v1.IHost;
export type Heartbeat = vxnet.v1.IHeartbeat;
export type AgentStatus = vxnet.v1.IAgentStatus;
export type WorkloadStatus = vxnet.v1.IWorkloadStatus;
export type ExecRequest = vxnet.v1.IExecRequest;
export type ExecOutput = vxnet.v1.IExecOutput;
export type ExecInput = vxnet.v1.IExecInput;
export type NetworkCreateRequest = vxnet.v1.INetworkCreateRequest;
export type NameRequest = vxnet.v1.INameRequest;
export type NetworkReply = vxnet.v1.INetworkReply;
export type NetworkView = vxnet.v1.INetworkView;
export type RunRequest = vxnet.v1.IRunRequest;
export type ConnectRequest = vxnet.v1.IConnectRequest;
export type WorkloadReply = vxnet.v1.IWorkloadReply;
export type WorkloadView = vxnet.v1.IWorkloadView;
export type HostReply = vxnet.v1.IHostReply;
export type HostView = vxnet.v1.IHostView;
export type VersionReply = vxnet.v1.IVersionReply;
export type PortMapping = vxnet.v1.IPortMapping;
export type WireErrorBody = vxnet.v1.IError;
export type HostPort = vxnet.v1.IHostPort;
export type PortCheckRequest = vxnet.v1.IPortCheckRequest;
export type PortCheckReply = vxnet.v1.IPortCheckReply;
export type LogsRequest = vxnet.v1.ILogsRequest;
export type LogsReply = vxnet.v1.ILogsReply;
export type LogRecord = vxnet.v1.ILogRecord;

export const Driver = pb.Driver;
export type Driver = vxnet.v1.Driver;
export const Mode = pb.Mode;
export type Mode = vxnet.v1.Mode;
export const EndpointKind = pb.EndpointKind;
export type EndpointKind = vxnet.v1.EndpointKind;
export const Protocol = pb.Protocol;
export type Protocol = vxnet.v1.Protocol;

const t = <T>(x: unknown) => x as MessageType<T>;

export const codecs = {
  networkRegistry: codec<NetworkRegistry>('NetworkRegistry', t(pb.NetworkRegistry)),
  workload: codec<Workload>('Workload', t(pb.Workload), ['name', 'host']),
  endpoint: codec<Endpoint>('Endpoint', t(pb.Endpoint), ['network', 'workload', 'host', 'ip', 'mac']),
  host: codec<Host>('Host', t(pb.Host), ['name', 'underlayIp']),
  heartbeat: codec<Heartbeat>('Heartbeat', t(pb.Heartbeat), ['host', 'underlayIp']),
  agentStatus: codec<AgentStatus>('AgentStatus', t(pb.AgentStatus), ['host']),
  execRequest: codec<ExecRequest>('ExecRequest', t(pb.ExecRequest), ['workload', 'outputSubject']),
  execOutput: codec<ExecOutput>('ExecOutput', t(pb.ExecOutput)),
  execInput: codec<ExecInput>('ExecInput', t(pb.ExecInput)),
  networkCreateRequest: codec<NetworkCreateRequest>('NetworkCreateRequest', t(pb.NetworkCreateRequest)),
  nameRequest: codec<NameRequest>('NameRequest', t(pb.NameRequest)),
  networkReply: codec<NetworkReply>('NetworkReply', t(pb.NetworkReply)),
  runRequest: codec<RunRequest>('RunRequest', t(pb.RunRequest)),
  connectRequest: codec<ConnectRequest>('ConnectRequest', t(pb.ConnectRequest)),
  workloadReply: codec<WorkloadReply>('WorkloadReply', t(pb.WorkloadReply)),
  hostReply: codec<HostReply>('HostReply', t(pb.HostReply)),
  versionReply: codec<VersionReply>('VersionReply', t(pb.VersionReply)),
  portCheckRequest: codec<PortCheckRequest>('PortCheckRequest', t(pb.PortCheckRequest)),
  portCheckReply: codec<PortCheckReply>('PortCheckReply', t(pb.PortCheckReply)),
  logsRequest: codec<LogsRequest>('LogsRequest', t(pb.LogsRequest), ['workload']),
  logsReply: codec<LogsReply>('LogsReply', t(pb.LogsReply)),
} as const;
