// The public face of proto/: import the contract from here only.
export * from './codec.js';
export * from './subjects.js';
export * from './fixed-names.js';
export * from './attachment.js';
