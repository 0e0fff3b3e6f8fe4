export * from './csv';
export * from './bom';
export * from './cableSchedule';
export * from './svg';
export * from './geometry';
export * from './visual';
export * from './text';
export * from './paper';
