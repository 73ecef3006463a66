export * from './bad-input.ts';
export * from './inject.ts';
export * from './service-keys.ts';
export * from './start-service.ts';
export * from './tokens.ts';
