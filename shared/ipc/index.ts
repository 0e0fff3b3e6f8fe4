export * from './constants';
export * from './contract';
export * from './bridge';
export * from './transport';
