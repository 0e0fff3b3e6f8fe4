export * from './table';
export * from './keys';
export * from './menus';
