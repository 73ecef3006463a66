export * from './derive.ts';
export * from './domains.ts';
