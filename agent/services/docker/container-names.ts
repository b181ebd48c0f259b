// The names of the container joining a vxnet network, as Docker knows them
// (Docker sends a driver none): which container it is (the list), and the
// names to register with vxnet: its name, short id and `--network-alias`es,
// at Join from its creation record (inspect waits for the start, which waits
// for Join), after the start from inspect.
// Must never: change the daemon's state (reads only, through EngineApi).
import { errorMessage } from '../../../lib/errors.js';
import { checkName, printable } from '../../../lib/names.js';
import type { Logger } from '../../../lib/log.js';
import type { EngineApi, EngineContainer } from './engine-api.js';

export class ContainerNames {
  constructor(
    private readonly engine: EngineApi,
    private readonly log: Logger,
  ) {}

  /**
   * The names Docker gives the container on this network, at Join: its name,
   * short id and `--network-alias`es from its creation record (inspect would
   * wait for the start, which waits for Join); without the record, the name and id.
   */
  async atJoin(id: string, nid: string, dockerName: string, name: string): Promise<string[]> {
    const names = [name, id.slice(0, 12)];
    try {
      names.push(...aliasesOn(await this.engine.created(id), nid, dockerName));
    } catch (err) {
      this.log.warn(
        { container: id.slice(0, 12), err: errorMessage(err) },
        "cannot read the container's creation record: its --network-aliases are not registered with vxnet",
      );
    }
    return names;
  }

  /**
   * The names Docker gives the container on this network: its name, short id
   * and `--network-alias`es. The aliases are only in the container's inspect
   * (the list leaves them out), which answers once Docker's start (that waits
   * for nothing of ours after Join) releases the container's lock.
   */
  async afterStart(id: string, nid: string, dockerName: string): Promise<string[]> {
    const names = [id.slice(0, 12)];
    try {
      const c = await this.engine.container(id);
      names.unshift((c.Name ?? '').replace(/^\//, ''));
      names.push(...aliasesOn(c, nid, dockerName));
    } catch (err) {
      this.log.warn(
        { container: id.slice(0, 12), err: errorMessage(err) },
        "cannot read the container's aliases: only its name is registered with vxnet",
      );
    }
    return names;
  }

  /** The names vxnet can carry as the endpoint's aliases (valid names other than the endpoint's own). */
  aliasesOf(endpoint: string, names: string[]): string[] {
    const out: string[] = [];
    for (const a of new Set(names)) {
      if (!a || a === endpoint) continue;
      try {
        out.push(checkName('alias', a));
      } catch (err) {
        this.log.warn({ endpoint, alias: printable(a), err: errorMessage(err) }, 'alias not registered with vxnet (only Docker knows it)');
      }
    }
    return out;
  }

  /**
   * The container joining: Docker sends no name, and inspecting it would wait
   * for its start (which waits for us); the list shows it, without endpoint id
   * yet. Several at once on one network: a name from the endpoint id
   * instead. `network connect` of a container vxnet knows: found by the
   * endpoint id of its other vxnet network (`sibling`).
   */
  async containerOf(
    nid: string,
    dockerName: string,
    eid: string,
    sibling?: string,
  ): Promise<{ name: string; id: string; networks: number }> {
    try {
      // A container being created lists its networks by name, without ids yet.
      const on = (c: EngineContainer) =>
        Object.entries(c.NetworkSettings?.Networks ?? {}).filter(([k, v]) => v.NetworkID === nid || (!v.NetworkID && k === dockerName));
      const all = await this.engine.containers();
      const mine = (c: EngineContainer) => Object.values(c.NetworkSettings?.Networks ?? {}).some((v) => v.EndpointID === sibling);
      const exact = all.filter((c) => on(c).some(([, v]) => v.EndpointID === eid) || (sibling && mine(c)));
      const hits = all.filter((c) => on(c).some(([, v]) => !v.EndpointID));
      const c = exact.length === 1 ? exact[0] : hits.length === 1 ? hits[0] : undefined;
      if (c)
        return { name: (c.Names?.[0] ?? '').replace(/^\//, ''), id: c.Id, networks: Object.keys(c.NetworkSettings?.Networks ?? {}).length };
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'cannot list docker containers: naming the endpoint by its id');
    }
    return { name: `docker-${eid.slice(0, 12)}`, id: eid, networks: 0 };
  }
}

/** The `--network-alias`es a container has on one network (by id, or by name before it has one). */
function aliasesOn(c: EngineContainer, nid: string, dockerName: string): string[] {
  return Object.entries(c.NetworkSettings?.Networks ?? {}).flatMap(([k, v]) =>
    v.NetworkID === nid || k === dockerName ? (v.Aliases ?? []) : [],
  );
}
