export * from './caching.ts';
export * from './gateway.ts';
export * from './headers.ts';
export * from './remote-server.ts';
export * from './standalone.ts';
