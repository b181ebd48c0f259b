// Pure rendering of Op[] into tool batches: which process runs where, fed
// which lines. Owns the iproute2 / nft command syntax (checked against
// iproute2 6.1 and nftables 1.0.6) and the grouping rule: one batch per
// (stage, tool, namespace). Never spawns anything and never looks at the
// machine; linux.ts executes what this returns, fake.ts counts it.
import { HOST_NS, STAGE, orderOps, type NsName, type Op, type OpName } from '../model/kernel-objects.js';
import { renderNftElements } from './nft-text.js';

/** 'mount': bind mounts of other runtimes' namespaces under /run/netns (linux.ts runs them one by one). */
export type Tool = 'ip' | 'bridge' | 'nft' | 'sysctl' | 'mount';

export interface Batch {
  stage: number;
  tool: Tool;
  /** Namespace the lines act in (HOST_NS = the agent's own). */
  ns: NsName;
  /**
   * `netns add/del` must run in the agent's own mount namespace: under
   * `ip -n X` the bind mount of /run/netns/NAME would land in a private
   * mount namespace and the new namespace would be unusable.
   */
  agentNs: boolean;
  /** Removal stage: run with -force, "already gone" counts as success. */
  force: boolean;
  lines: string[];
  /** lineOps[i] = index into `ops` of the op that produced lines[i]. */
  lineOps: number[];
  ops: Op[];
}

const REMOVALS: ReadonlySet<OpName> = new Set<OpName>(['fdb-del', 'neigh-del', 'route-del', 'addr-del', 'link-del', 'netns-del']);

export function isRemoval(op: Op): boolean {
  return REMOVALS.has(op.op);
}

/** Where iproute2 keeps named network namespaces (bind mounts). */
export const NETNS_DIR = '/run/netns';

/** The nft table vxnet owns in every namespace. */
const NFT_TABLE = 'inet vxnet';

/**
 * Declaring then deleting the table makes the delete succeed whether or not
 * it existed, all inside one atomic nft transaction.
 */
export function nftScript(script: string): string[] {
  const lines = [`table ${NFT_TABLE} {}`, `delete table ${NFT_TABLE}`];
  if (script.trim() !== '') lines.push(...script.replace(/\n+$/, '').split('\n'));
  return lines;
}

/** Which tool and where an op runs. vxlan/veth creation happens in HOST_NS. */
export function placeOp(op: Op): { tool: Tool; ns: NsName; agentNs: boolean } {
  switch (op.op) {
    case 'netns-add':
    case 'netns-del':
      return { tool: 'ip', ns: HOST_NS, agentNs: true };
    case 'netns-attach':
      return { tool: 'mount', ns: HOST_NS, agentNs: true };
    case 'veth-add':
      return { tool: 'ip', ns: madeInCreator(op) ? op.ns : HOST_NS, agentNs: false };
    case 'vxlan-add':
    case 'bridge-add':
      return { tool: 'ip', ns: HOST_NS, agentNs: false };
    case 'fdb-replace':
    case 'fdb-append':
    case 'fdb-del':
      return { tool: 'bridge', ns: op.ns, agentNs: false };
    case 'sysctl':
      return { tool: 'sysctl', ns: op.ns, agentNs: false };
    case 'nft-table':
    case 'nft-elements':
      return { tool: 'nft', ns: op.ns, agentNs: false };
    default:
      return { tool: 'ip', ns: op.ns, agentNs: false };
  }
}

/**
 * A pair whose peer goes to the agent's namespace (an interface handed over
 * to a runtime) is made where its creator end lives, so that end's
 * `master ... up` joins the same process (fuseStages); every other pair is
 * made from the agent's namespace (all creations of a stage in one batch).
 */
function madeInCreator(op: Extract<Op, { op: 'veth-add' }>): boolean {
  return op.peerNs === HOST_NS && op.ns !== HOST_NS;
}

/**
 * How a line run in another namespace names the agent's own: its name when
 * the agent works for a named host namespace, else a PID inside it (ip takes
 * `netns PID`). Default: this process's PID.
 */
export interface RenderContext {
  hostRef: string;
}

const HERE: RenderContext = { hostRef: String(process.pid) };

/** The batch lines of one op, without the tool name (`ip -batch` syntax). */
export function renderOp(op: Op, ctx: RenderContext = HERE): string[] {
  switch (op.op) {
    case 'netns-add':
      return [`netns add ${op.ns}`];
    case 'netns-del':
      return [`netns del ${op.ns}`];
    case 'netns-attach':
      return [`--bind ${op.path} ${NETNS_DIR}/${op.ns}`];
    case 'vxlan-add': {
      // `mtu` must precede `type`: after it, words belong to the vxlan parser.
      // No outer UDP checksum (RFC 7348 §5: SHOULD be zero; the inner packet has its own):
      // on this machine's veth underlay it is worth ~8% of single-stream throughput.
      const add = `link add ${op.name} mtu ${op.mtu} type vxlan id ${op.vni} local ${op.local} dev ${op.dev} dstport ${op.port} nolearning proxy noudpcsum`;
      return op.ns === HOST_NS ? [add] : [add, `link set ${op.name} netns ${op.ns}`];
    }
    case 'bridge-add':
      // Made from the agent's namespace straight into its own, so that every
      // link creation of a pass is one batch.
      return [
        `link add ${op.name}${op.ns === HOST_NS ? '' : ` netns ${op.ns}`} mtu ${op.mtu}${op.mac ? ` address ${op.mac}` : ''} type bridge`,
      ];
    case 'veth-add': {
      const inCreator = madeInCreator(op);
      const here = op.ns === HOST_NS || inCreator ? '' : ` netns ${op.ns}`;
      const there = op.peerNs !== HOST_NS ? ` netns ${op.peerNs}` : inCreator ? ` netns ${ctx.hostRef}` : '';
      return [`link add ${op.name}${here} mtu ${op.mtu} type veth peer name ${op.peerName}${there} address ${op.peerMac} mtu ${op.mtu}`];
    }
    case 'link-del':
      return [`link del ${op.name}`];
    case 'link-set': {
      const parts = [`link set ${op.name}`];
      if (op.master !== undefined) parts.push(op.master === '' ? 'nomaster' : `master ${op.master}`);
      if (op.mtu !== undefined) parts.push(`mtu ${op.mtu}`);
      if (op.mac !== undefined) parts.push(`address ${op.mac}`);
      if (op.up !== undefined) parts.push(op.up ? 'up' : 'down');
      // Port settings need the port enslaved already: a line of their own, after the master.
      const lines = parts.length > 1 ? [parts.join(' ')] : [];
      if (op.isolated !== undefined) lines.push(`link set ${op.name} type bridge_slave isolated ${op.isolated ? 'on' : 'off'}`);
      return lines;
    }
    case 'addr-replace':
      // IPv6 without duplicate address detection (as Docker): the controller
      // made the address unique, and a tentative address could not be used for ~1 s.
      return [`addr replace ${op.cidr} dev ${op.dev}${op.cidr.includes(':') ? ' nodad' : ''}`];
    case 'addr-del':
      return [`addr del ${op.cidr} dev ${op.dev}`];
    case 'route-replace':
      return [`route replace ${op.dst}${op.gateway ? ` via ${op.gateway}` : ''}${op.dev ? ` dev ${op.dev}` : ''}`];
    case 'route-del':
      return [`route del ${op.dst}`];
    case 'fdb-replace':
      return [`fdb replace ${op.mac} dev ${op.dev} dst ${op.dst} self permanent`];
    case 'fdb-append':
      return [`fdb append ${op.mac} dev ${op.dev} dst ${op.dst} self permanent`];
    case 'fdb-del':
      return [`fdb del ${op.mac} dev ${op.dev}${op.dst ? ` dst ${op.dst}` : ''} self`];
    case 'neigh-replace':
      return [`neigh replace ${op.ip} lladdr ${op.mac} dev ${op.dev} nud permanent`];
    case 'neigh-del':
      // `neigh del` of a missing entry makes ip exit(2) mid-batch even with
      // -force, dropping every later line; flush of an exact address does not.
      return [`neigh flush to ${op.ip} dev ${op.dev} nud all`];
    case 'sysctl':
      return [`${op.key}=${op.value}`];
    case 'nft-table':
      return nftScript(op.script);
    case 'nft-elements':
      return renderNftElements(NFT_TABLE, op.add, op.del);
  }
}

/**
 * Orders ops by stage and groups each stage per (tool, namespace) into one
 * batch, keeping the ops' relative order inside a batch. Batches of one stage
 * are independent of each other and may run in parallel.
 */
export function renderBatches(ops: readonly Op[], ctx: RenderContext = HERE): Batch[] {
  const batches: Batch[] = [];
  let byKey = new Map<string, Batch>();
  let stage = -1;
  for (const op of orderOps(ops)) {
    const s = STAGE[op.op];
    if (s !== stage) {
      stage = s;
      byKey = new Map();
    }
    const place = placeOp(op);
    const key = `${place.tool}\u0000${place.ns}\u0000${place.agentNs}`;
    let batch = byKey.get(key);
    if (!batch) {
      batch = { stage: s, ...place, force: isRemoval(op), lines: [], lineOps: [], ops: [] };
      byKey.set(key, batch);
      batches.push(batch);
    }
    const index = batch.ops.length;
    batch.ops.push(op);
    for (const line of renderOp(op, ctx)) {
      batch.lines.push(line);
      batch.lineOps.push(index);
    }
  }
  return batches;
}

/** Batches grouped by stage, in stage order. */
export function stagesOf(batches: readonly Batch[]): Batch[][] {
  const out: Batch[][] = [];
  for (const b of batches) {
    const last = out[out.length - 1];
    if (last && last[0]!.stage === b.stage) last.push(b);
    else out.push([b]);
  }
  return out;
}

/**
 * Saves one sequential process per stage boundary where it can: when a stage
 * is a single creation batch and the next stage has a batch that would run as
 * the same process (`placeOf` gives the same key: tool and where it runs),
 * that batch's lines are appended to it. Typical case, an agent in its own
 * host namespace: `netns add`, the veth creation and the host end's
 * `master ... up` become one `ip -batch`. Order is kept: the appended lines
 * run after the earlier stage's lines, and the rest of the later stage runs
 * after both. Removals never fuse (they run with -force and are classified
 * line by line), nor do sysctls (no batch input).
 */
export function fuseStages(stages: readonly Batch[][], placeOf: (b: Batch) => string): Batch[][] {
  const fusable = (b: Batch) => !b.force && b.tool !== 'sysctl';
  const out: Batch[][] = [];
  for (const stage of stages) {
    const prev = out[out.length - 1];
    const only = prev?.length === 1 ? prev[0]! : undefined;
    const i = only && fusable(only) ? stage.findIndex((b) => fusable(b) && b.tool === only.tool && placeOf(b) === placeOf(only)) : -1;
    if (only && i >= 0) {
      const b = stage[i]!;
      prev![0] = {
        ...only,
        lines: [...only.lines, ...b.lines],
        lineOps: [...only.lineOps, ...b.lineOps.map((k) => k + only.ops.length)],
        ops: [...only.ops, ...b.ops],
      };
      const rest = stage.filter((_, k) => k !== i);
      if (rest.length > 0) out.push(rest);
    } else {
      out.push([...stage]);
    }
  }
  return out;
}

/** The argv (before namespace placement) that feeds a batch on stdin. */
export function batchArgv(batch: Pick<Batch, 'tool' | 'force' | 'lines'>): string[] {
  switch (batch.tool) {
    case 'ip':
    case 'bridge':
      return batch.force ? [batch.tool, '-force', '-batch', '-'] : [batch.tool, '-batch', '-'];
    case 'nft':
      return ['nft', '-f', '-'];
    case 'sysctl':
      return ['sysctl', '-qw', ...batch.lines];
    case 'mount':
      return ['mount', ...batch.lines.flatMap((l) => l.split(' '))];
  }
}
