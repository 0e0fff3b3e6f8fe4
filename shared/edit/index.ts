export * from './naming';
export * from './connect';
export * from './ops';
export * from './arrange';
