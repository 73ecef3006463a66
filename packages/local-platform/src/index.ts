export * from './domains.ts';
export * from './platform.ts';
export * from './service-env.ts';
export * from './service-process.ts';
