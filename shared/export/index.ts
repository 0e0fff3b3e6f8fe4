export * from './csv';
export * from './bom';
export * from './cableSchedule';
