export * from './finding';
export * from './rule';
export * from './engine';
export * from './registry';
export * from './cephSizing';
export * from './incremental';
export { Topology } from '../topology';
export * from './targetPaths';
export * from './rulesMarkdown';
