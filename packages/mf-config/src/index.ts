export { type MfeConfigInput, type MfeWebpackConfig, mfeWebpackConfig } from './config.ts';
export { devRuntimeConfig } from './dev-server.ts';
export { type FederationInput, type FederationOptions, federationOptions } from './federation.ts';
export { installedVersion, type SharedSingleton, sharedSingletons, singletonPackages } from './shared.ts';
