export * from './service-keys.ts';
export * from './start-service.ts';
export * from './tokens.ts';
