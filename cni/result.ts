// CNI results from what the agent wired (lib/agent-protocol.ts AttachResult),
// in the shape of the configuration's cniVersion, and the CHECK comparison of
// a previous result with the live kernel. Pure: no I/O.
import type { AttachResult, CheckReply } from '../lib/agent-protocol.js';
import { CniCode, CniError } from './config.js';

type Json = Record<string, unknown>;

/**
 * interfaces: the host-side veth end, then the container's (with sandbox);
 * ips point at the container's. A prevResult from an earlier plugin in the
 * list is kept, ours appended (the spec: pass it through or modify it).
 */
export function addResult(version: string, r: AttachResult, sandbox: string, prev?: Json): Json {
  const legacy = version.startsWith('0.');
  const prevIfs = Array.isArray(prev?.interfaces) ? (prev.interfaces as Json[]) : [];
  const container: Json = { name: r.ifname, mac: r.mac, sandbox };
  if (version === '1.1.0' && r.mtu) container.mtu = r.mtu;
  const interfaces = [...prevIfs, { name: r.hostIfname }, container];
  const ip: Json = {
    ...(legacy ? { version: '4' } : {}),
    address: `${r.ip}/${r.prefixLength}`,
    ...(r.gateway ? { gateway: r.gateway } : {}),
    interface: interfaces.length - 1,
  };
  const prevIps = Array.isArray(prev?.ips) ? (prev.ips as Json[]) : [];
  const prevRoutes = Array.isArray(prev?.routes) ? (prev.routes as Json[]) : [];
  const out: Json = {
    cniVersion: version,
    interfaces,
    ips: [...prevIps, ip],
    routes: [...prevRoutes, ...r.routes.map((x) => ({ dst: x.dst, ...(x.gw ? { gw: x.gw } : {}) }))],
  };
  const dns = r.dns.nameservers.length > 0 || r.dns.search.length > 0 ? r.dns : prev?.dns;
  if (dns) out.dns = dns;
  return out;
}

/**
 * CHECK: the container's interface named in prevResult must exist in the
 * namespace with the MAC, MTU-independent address list and default route
 * prevResult says, and prevResult must be what vxnet wired.
 */
export function checkAgainst(prev: Json | undefined, ifname: string, reply: CheckReply): void {
  if (!prev) throw new CniError(CniCode.INVALID_CONFIG, 'CHECK needs prevResult (the result of ADD) in the configuration');
  const fail = (msg: string) => {
    throw new CniError(CniCode.CHECK_FAILED, msg);
  };
  const ifs = Array.isArray(prev.interfaces) ? (prev.interfaces as Json[]) : [];
  const index = ifs.findIndex((i) => i.name === ifname && typeof i.sandbox === 'string' && i.sandbox !== '');
  if (index < 0) fail(`prevResult has no interface ${ifname} in a sandbox`);
  const want = reply.want;
  const pi = ifs[index]!;
  if (typeof pi.mac === 'string' && pi.mac.toLowerCase() !== want.mac.toLowerCase()) {
    fail(`prevResult gives ${ifname} MAC ${pi.mac}, vxnet wired ${want.mac}`);
  }
  const ips = (Array.isArray(prev.ips) ? (prev.ips as Json[]) : []).filter((x) => x.interface === index);
  const wantCidr = `${want.ip}/${want.prefixLength}`;
  if (!ips.some((x) => x.address === wantCidr)) fail(`prevResult has no address ${wantCidr} on ${ifname}`);

  const live = reply.live;
  if (!live) fail(`the container's network namespace is gone`);
  const iface = live!.iface;
  if (!iface) fail(`interface ${ifname} is missing from the container`);
  if (iface!.mac.toLowerCase() !== want.mac.toLowerCase()) fail(`${ifname} has MAC ${iface!.mac}, expected ${want.mac}`);
  if (!iface!.up) fail(`${ifname} is down`);
  for (const x of ips) {
    if (!iface!.addresses.includes(String(x.address))) fail(`${ifname} lacks address ${String(x.address)} (removed outside vxnet?)`);
  }
  const routes = Array.isArray(prev.routes) ? (prev.routes as Json[]) : [];
  for (const r of routes) {
    const dst = String(r.dst);
    const isDefault = dst === '0.0.0.0/0';
    const found = live!.routes.some(
      (l) => (l.dst === dst || (isDefault && l.dst === 'default')) && (r.gw === undefined || l.gateway === r.gw),
    );
    if (!found) fail(`route ${dst}${r.gw ? ` via ${String(r.gw)}` : ''} is missing from the container`);
  }
}

export function errorJson(version: string, err: CniError): Json {
  return { cniVersion: version, code: err.code, msg: err.message, ...(err.details ? { details: err.details } : {}) };
}
