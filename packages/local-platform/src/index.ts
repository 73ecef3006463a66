export * from './domains.ts';
export * from './platform.ts';
export * from './service-process.ts';
