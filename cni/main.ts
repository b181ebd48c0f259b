#!/usr/bin/env node
// vxnet-cni: the CNI plugin (install it as `vxnet` in the runtime's plugin
// directory). A thin translator: CNI_* environment + configuration on stdin →
// one request on the local agent's socket → result JSON on stdout, or a CNI
// error JSON (spec codes, one human line in msg) and a non-zero exit. The agent
// does every kernel change through its attach path (DESIGN "Real containers").
// Must never touch the kernel, import NATS or protobuf, or print anything but
// the one JSON document on stdout (start-up time is the budget: imports are
// node:fs, node:net and three small files, bundled into one CommonJS file by
// scripts/bundle-cni.mjs).
import { readFileSync } from 'node:fs';
import type { AgentReply } from '../lib/agent-protocol.js';
import { AgentUnreachable, callAgent } from './agent-client.js';
import {
  clip,
  CniCode,
  CniError,
  endpointName,
  decodeJson,
  LATEST_VERSION,
  parseCommand,
  parseConf,
  parseEnv,
  SUPPORTED_VERSIONS,
  type Command,
} from './config.js';
import { addResult, checkAgainst, errorJson } from './result.js';

/** vxnet's error codes (lib/agent-protocol.ts) as CNI codes, per command. */
function cniCode(code: string, command: Command): number {
  switch (code) {
    case 'INVALID_ARGUMENT':
      return CniCode.INVALID_CONFIG;
    case 'NOT_FOUND':
      return command === 'CHECK' ? CniCode.UNKNOWN_CONTAINER : CniCode.INVALID_CONFIG;
    case 'ALREADY_EXISTS':
      return CniCode.ALREADY_ADDED;
    case 'EXHAUSTED':
      return CniCode.EXHAUSTED;
    case 'UNAVAILABLE':
    case 'CONFLICT':
      return CniCode.TRY_AGAIN_LATER;
    default:
      return CniCode.VXNET_ERROR;
  }
}

function need<T extends AgentReply>(reply: T, command: Command): Extract<T, { ok: true }> {
  if (!reply.ok) throw new CniError(cniCode(reply.error.code, command), `vxnet: ${reply.error.message}`);
  return reply as Extract<T, { ok: true }>;
}

function atLeast(version: string, min: string, command: Command): void {
  const n = (v: string) => v.split('.').reduce((acc, x) => acc * 100 + Number(x), 0);
  if (n(version) < n(min)) throw new CniError(CniCode.INCOMPATIBLE_VERSION, `${command} needs cniVersion ${min} or later, got ${version}`);
}

async function run(out: (doc: unknown) => void): Promise<void> {
  const command = parseCommand(process.env);
  const stdin = readFileSync(0, 'utf8');
  if (command === 'VERSION') {
    const asked = stdin.trim() ? decodeJson(stdin).cniVersion : undefined;
    const cniVersion = (SUPPORTED_VERSIONS as readonly unknown[]).includes(asked) ? asked : LATEST_VERSION;
    out({ cniVersion, supportedVersions: SUPPORTED_VERSIONS });
    return;
  }
  const conf = parseConf(decodeJson(stdin));
  version = conf.cniVersion;
  const env = parseEnv(command, process.env);
  const sock = conf.agentSocket;
  const ref = { containerId: env.containerId, ifname: env.ifname, network: conf.network };
  switch (command) {
    case 'ADD': {
      const name = endpointName(env);
      const reply = need(
        await callAgent(sock, {
          op: 'attach',
          attach: {
            kind: 'cni',
            name,
            containerId: env.containerId,
            netns: env.netns,
            network: conf.network,
            ifname: env.ifname,
            ...(env.args.ip ? { ip: env.args.ip } : {}),
            ...(env.args.mac ? { mac: env.args.mac.toLowerCase() } : {}),
            ...(conf.mtu ? { mtu: conf.mtu } : {}),
            ports: conf.ports,
            aliases: conf.aliases.filter((a) => a !== name),
          },
        }),
        command,
      );
      const result = reply.result!;
      if (result.dns.nameservers.length === 0 && conf.dns?.nameservers?.length) {
        result.dns = { nameservers: conf.dns.nameservers, search: conf.dns.search ?? [] };
      }
      out(addResult(conf.cniVersion, result, env.netns, conf.prevResult));
      return;
    }
    case 'DEL':
      need(await callAgent(sock, { op: 'detach', detach: ref }), command);
      return;
    case 'CHECK': {
      atLeast(conf.cniVersion, '0.4.0', command);
      const reply = need(await callAgent(sock, { op: 'check', check: ref }), command);
      checkAgainst(conf.prevResult, env.ifname, reply.check!);
      return;
    }
    case 'STATUS': {
      atLeast(conf.cniVersion, '1.1.0', command);
      let reply: AgentReply;
      try {
        reply = await callAgent(sock, { op: 'status' }, 5000);
      } catch (err) {
        throw new CniError(CniCode.NOT_AVAILABLE, (err as Error).message);
      }
      need(reply, command);
      return;
    }
    case 'GC': {
      atLeast(conf.cniVersion, '1.1.0', command);
      need(await callAgent(sock, { op: 'gc', gc: { network: conf.network, kind: 'cni', keep: conf.validAttachments ?? [] } }), command);
      return;
    }
  }
}

/** The version errors are reported in: the configuration's once known, else the latest. */
let version: string = LATEST_VERSION;

run((doc) => process.stdout.write(`${JSON.stringify(doc)}\n`)).then(
  () => process.exit(0),
  (err: unknown) => {
    const e =
      err instanceof CniError
        ? err
        : err instanceof AgentUnreachable
          ? new CniError(CniCode.TRY_AGAIN_LATER, err.message)
          : new CniError(CniCode.IO_FAILURE, `vxnet-cni failed: ${clip(err instanceof Error ? err.message : String(err))}`);
    process.stdout.write(`${JSON.stringify(errorJson(version, e))}\n`);
    process.exit(1);
  },
);
