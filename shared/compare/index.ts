export * from './names';
export * from './lldp';
export * from './cabling';
export * from './diff';
export * from './report';
export * from './reportCsv';
