// Renders the one nftables table vxnet owns on a host (`inet vxnet`): outbound
// masquerade for bridge subnets, isolation between bridges, --internal
// networks cut off, and published ports (DNAT from other hosts, from the host
// itself and hairpin). Pure text; the kernel layer loads it with one
// `nft -f -` transaction. A hash of the content is kept as the table's comment,
// so observing the table tells at once whether it is current.
import { createHash } from 'node:crypto';

export const TABLE = 'vxnet';

export interface FirewallBridge {
  dev: string;
  subnet: string;
  internal: boolean;
}

export interface PublishedPort {
  protocol: 'tcp' | 'udp';
  /** '' = every address of the host. */
  hostIp: string;
  hostPort: number;
  targetIp: string;
  targetPort: number;
}

export interface FirewallSpec {
  bridges: FirewallBridge[];
  ports: PublishedPort[];
}

export function renderFirewall(spec: FirewallSpec): string | undefined {
  if (spec.bridges.length === 0) return undefined;
  const bridges = [...spec.bridges].sort((a, b) => a.dev.localeCompare(b.dev));
  const ports = [...spec.ports].sort((a, b) => a.protocol.localeCompare(b.protocol) || a.hostPort - b.hostPort || a.hostIp.localeCompare(b.hostIp));
  const devs = bridges.map((b) => `"${b.dev}"`).join(', ');
  const open = bridges.filter((b) => !b.internal);
  const body: string[] = [];

  body.push('  chain forward {', '    type filter hook forward priority filter; policy accept;');
  body.push('    ct state established,related accept');
  for (const b of bridges) {
    if (b.internal) {
      body.push(`    iifname "${b.dev}" oifname != "${b.dev}" drop`, `    oifname "${b.dev}" iifname != "${b.dev}" drop`);
    } else {
      // Different bridge networks cannot reach each other (Docker's isolation).
      body.push(`    iifname "${b.dev}" oifname { ${devs} } oifname != "${b.dev}" drop`);
    }
  }
  body.push('  }');

  const dnat = ports.map((p) => {
    const b = p.hostIp ? `ip daddr ${p.hostIp} ` : 'fib daddr type local ';
    return `    ${b}${p.protocol} dport ${p.hostPort} dnat ip to ${p.targetIp}:${p.targetPort}`;
  });
  body.push('  chain published {', ...dnat, '  }');
  body.push('  chain prerouting {', '    type nat hook prerouting priority dstnat; policy accept;', '    jump published', '  }');
  // Connections from the host itself to its own published ports.
  body.push('  chain output {', '    type nat hook output priority -100; policy accept;', '    fib daddr type local jump published', '  }');
  body.push('  chain postrouting {', '    type nat hook postrouting priority srcnat; policy accept;');
  for (const b of open) {
    body.push(`    ip saddr ${b.subnet} oifname != "${b.dev}" masquerade`);
    // Hairpin: a workload reaching a published port of its own bridge must see replies come back through the host.
    body.push(`    ip saddr ${b.subnet} oifname "${b.dev}" ct status dnat masquerade`);
  }
  body.push('  }');

  const text = body.join('\n');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `table inet ${TABLE} {\n  comment "vxnet:${hash}"\n${text}\n}\n`;
}

/** The content hash recorded in a rendered or listed table, if any. */
export function firewallHash(tableText: string | undefined): string | undefined {
  return tableText ? /comment "vxnet:([0-9a-f]{16})"/.exec(tableText)?.[1] : undefined;
}
