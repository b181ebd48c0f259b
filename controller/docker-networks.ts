// Networks asked for by a host's Docker plugin, on vxnet.host.<h>.network
// (create-if-absent by name) and vxnet.host.<h>.networks (the registry, to
// check a subnet before Docker commits to it). A Docker network is one per
// daemon; the vxnet network behind it is one per cluster, so the same
// `docker network create` on every host must land on the same VNI and subnet.
// Owns: the "join if present, create if absent, refuse if different" policy.
// Must never: remove a network (a `docker network rm` on one host leaves the
// vxnet network to the others) or let a host create a bridge network elsewhere.
import { AlreadyExists, FailedPrecondition } from '../lib/errors.js';
import { Driver, type Network, type NetworkCreateRequest, type NetworkView } from '../proto/index.js';
import type { Ctx } from './context.js';
import { findNetwork } from './registry.js';

const driverName = (d: Driver | null | undefined) => (d === Driver.BRIDGE ? 'a bridge' : 'an overlay');

/** The vxnet network `req.name`, created when absent; a request that disagrees with it is refused in one line. */
export async function ensureNetwork(ctx: Ctx, host: string, req: NetworkCreateRequest): Promise<Network> {
  const driver = req.driver || Driver.OVERLAY;
  const wanted: NetworkCreateRequest = { ...req, driver, host: driver === Driver.BRIDGE ? host : '' };
  for (let attempt = 0; ; attempt++) {
    const { networks } = await ctx.registry.read();
    const found = findNetwork(networks, req.name ?? '');
    if (found && found.name === req.name) return checkSame(found, wanted, host);
    try {
      return await ctx.networks.create(wanted);
    } catch (err) {
      // Another host's plugin created it first: join theirs.
      if (!(err instanceof AlreadyExists) || attempt > 2 || !/already exists/.test(err.message)) throw err;
    }
  }
}

function checkSame(n: Network, req: NetworkCreateRequest, host: string): Network {
  const fix = `use the same options as the network's other hosts (see \`vxnet network inspect ${n.name}\`)`;
  if (req.subnet && req.subnet !== n.subnet)
    throw new FailedPrecondition(`vxnet network ${n.name} has subnet ${n.subnet}, not ${req.subnet}: give --subnet ${n.subnet} or none`);
  if (req.gateway && req.gateway !== n.gateway)
    throw new FailedPrecondition(
      `vxnet network ${n.name} has gateway ${n.gateway}, not ${req.gateway}: give --gateway ${n.gateway} or none`,
    );
  if (req.driver !== n.driver)
    throw new FailedPrecondition(`vxnet network ${n.name} is ${driverName(n.driver)} network, not ${driverName(req.driver)} one: ${fix}`);
  if (n.driver === Driver.BRIDGE && n.host !== host)
    throw new FailedPrecondition(`vxnet network ${n.name} is a bridge network on host ${n.host}: use another name on ${host}`);
  if (!!req.internal !== !!n.internal)
    throw new FailedPrecondition(
      `vxnet network ${n.name} is ${n.internal ? '' : 'not '}internal: ${n.internal ? 'add' : 'leave out'} --internal`,
    );
  return n;
}

/** Every network, or the named ones, with their endpoints. */
export function listNetworks(ctx: Ctx, names: readonly string[]): Promise<NetworkView[]> {
  return ctx.networks.views(names);
}
