export * from './domains.ts';
export * from './platform.ts';
