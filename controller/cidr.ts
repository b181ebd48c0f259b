// IPv4 addresses and CIDR blocks: shared with the agent's Docker IPAM, so they live in lib/.
export * from '../lib/cidr.js';
