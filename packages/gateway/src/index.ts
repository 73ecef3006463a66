export * from './caching.ts';
export * from './gateway.ts';
export * from './runtime-config.ts';
export * from './standalone.ts';
