// Small servers and clients for the local-modes suites: Node one-liners run by
// absolute path (the agent gives workload commands a minimal PATH), so nothing
// beyond node has to exist in a namespace. A server answers every TCP
// connection and every UDP datagram with "<tag>:<port> <peer address>", which
// tells a test both who answered and whom the server saw (masquerade, DNAT).
// Traffic only ever goes to addresses the test passes in: the cluster's own.
import { execFileSync } from 'node:child_process';
import { run } from '../../lib/run.js';
import type { Cluster } from './cluster.js';

const NODE = process.execPath;

const SERVER = `
const net=require('net'),dgram=require('dgram');
const [tag,...specs]=process.argv.slice(1);
for(const spec of specs){
  const [proto,port,addr]=spec.split(':');
  if(proto==='udp'){
    const u=dgram.createSocket('udp4');
    u.on('message',(m,r)=>u.send(tag+':'+port+' '+r.address+'\\n',r.port,r.address));
    u.bind(+port,addr||undefined,()=>console.log('listening '+spec));
  }else{
    net.createServer(s=>s.end(tag+':'+port+' '+s.remoteAddress.replace('::ffff:','')+'\\n')).listen(+port,addr||undefined,()=>console.log('listening '+spec));
  }
}`;

const CLIENT = `
const [proto,host,port]=process.argv.slice(1);
const done=(code,text)=>{process.stdout.write(text);process.exit(code)};
setTimeout(()=>done(3,'timeout\\n'),2500);
if(proto==='udp'){
  const u=require('dgram').createSocket('udp4');
  u.on('message',m=>done(0,String(m)));
  u.on('error',e=>done(2,e.code+'\\n'));
  u.send('ping',+port,host);
}else{
  let got='';
  const s=require('net').connect(+port,host);
  s.on('data',d=>got+=d);
  s.on('end',()=>done(got?0:1,got));
  s.on('error',e=>done(2,e.code+'\\n'));
}`;

/** argv of a server: specs like "tcp:80", "udp:53", "tcp:80:127.0.0.1" (bind address). */
export function serverArgv(tag: string, ...specs: string[]): string[] {
  return [NODE, '-e', SERVER, tag, ...specs];
}

function clientArgv(proto: 'tcp' | 'udp', host: string, port: number): string[] {
  return [NODE, '-e', CLIENT, proto, host, String(port)];
}

export interface Reply {
  code: number;
  out: string;
}

/** Connects from a namespace of the machine (a host namespace), e.g. `c.hostNs('h2')`. */
export async function probeFromNs(ns: string, proto: 'tcp' | 'udp', host: string, port: number): Promise<Reply> {
  const r = await run(['ip', 'netns', 'exec', ns, ...clientArgv(proto, host, port)], { timeoutMs: 10_000 });
  return { code: r.exitCode ?? 1, out: r.stdout.trim() };
}

/** Connects from inside a workload, through `vxnet exec`. */
export async function probeFromWorkload(c: Cluster, workload: string, proto: 'tcp' | 'udp', host: string, port: number): Promise<Reply> {
  const r = await c.cli(['exec', workload, '--', ...clientArgv(proto, host, port)]);
  return { code: r.code, out: (r.stdout + r.stderr).trim() };
}

/** Waits until a workload exists on its host and `vxnet exec` works in it. */
export async function waitRunning(c: Cluster, name: string): Promise<void> {
  await c.until(
    async () => (await c.cli(['exec', name, '--', 'true'])).code === 0,
    30_000,
    () => `${name} not running: ${c.tail('agent-h1')}`,
  );
}

/** Waits until a server workload answers from a namespace. */
export async function waitServing(ns: string, proto: 'tcp' | 'udp', host: string, port: number, c: Cluster): Promise<Reply> {
  let last: Reply = { code: -1, out: '' };
  await c.until(
    async () => {
      last = await probeFromNs(ns, proto, host, port);
      return last.code === 0;
    },
    15_000,
    () => `${proto} ${host}:${port} not served from ${ns}: ${last.out}`,
  );
  return last;
}

export interface PortView {
  protocol: number;
  hostIp?: string;
  hostPort: number;
  containerPort: number;
}

export async function portsOf(c: Cluster, name: string): Promise<PortView[]> {
  const [v] = JSON.parse(await c.cliOk(['inspect', name, '--format', 'json'])) as { workload: { ports?: PortView[] } }[];
  return v!.workload.ports ?? [];
}

export function nftTable(c: Cluster, host: string): string {
  try {
    return execFileSyncText('ip', ['netns', 'exec', c.hostNs(host), 'nft', 'list', 'table', 'inet', 'vxnet']);
  } catch {
    return '';
  }
}

function execFileSyncText(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function hostLinks(c: Cluster, host: string): { ifname: string; mtu: number; master?: string }[] {
  return c.ipJson(c.hostNs(host), ['link', 'show']);
}

/**
 * `vxnet run` on a host, then a wait until `exec` works in the workload; the
 * runner remembers each workload's host, so wlNs(name) finds its namespace.
 * `cluster` is a getter: the files make their cluster in before().
 */
export function workloadRunner(cluster: () => Cluster): {
  run(host: string, name: string, args: string[], command?: string[]): Promise<void>;
  wlNs(name: string): string;
  /** Every workload run (or registered) through it, by name: its host. */
  hostOf: Map<string, string>;
} {
  const hostOf = new Map<string, string>();
  return {
    async run(host, name, args, command = []) {
      const c = cluster();
      hostOf.set(name, host);
      await c.cliOk(['run', '--host', host, '--name', name, ...args, ...(command.length ? ['--', ...command] : [])]);
      await c.until(
        async () => (await c.cli(['exec', name, '--', 'true'])).code === 0,
        15_000,
        () => `${name} not running: ${c.tail(`agent-${host}`)}`,
      );
    },
    wlNs: (name) => `${cluster().agentPrefix(hostOf.get(name)!)}wl-${name}`,
    hostOf,
  };
}
