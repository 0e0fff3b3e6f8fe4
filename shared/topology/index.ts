export * from './cablePhysics';
export * from './ip';
export * from './topology';
export * from './vlans';
