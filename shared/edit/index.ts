export * from './naming';
export * from './connect';
export * from './ops';
export * from './arrange';
export * from './mlag';
export * from './fixes';
export * from './networks';
export * from './find';
