export * from './names';
export * from './deviceTypeYaml';
export * from './netbox';
export * from './drawio';
export * from './containerlab';
export * from './deviceTypeImport';
