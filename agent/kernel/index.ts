// The kernel layer's public face: the Kernel interface, its two
// implementations and the pure pieces (rendering, parsing) worth reusing in
// tests and tools. Everything else in agent/kernel/ is internal.
export { KernelApplyError } from './kernel.js';
export type { ApplyResult, Kernel, ObserveScope, SpawnOptions, SpawnedProcess } from './kernel.js';
export { LinuxKernel, type LinuxKernelOptions } from './linux.js';
export { FakeKernel, type FakeKernelOptions, type FakeSpawnHandler, type FakeState } from './fake.js';
export { NFT_TABLE, nftScript, renderBatches, renderOp, isRemoval, type Batch, type Tool } from './iproute.js';
export { ObserveParseError, parseNamespace, parseNetnsList, parseNftTable } from './observe.js';
export { processCount } from './run.js';
