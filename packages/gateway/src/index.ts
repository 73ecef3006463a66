export * from './caching.ts';
export * from './gateway.ts';
export * from './standalone.ts';
