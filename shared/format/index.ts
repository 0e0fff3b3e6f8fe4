export * from './problem';
export * from './locatedJson';
export * from './references';
export * from './migrations';
export * from './zodProblems';
export * from './load';
export * from './serialize';
export * from './jsonSchema';
