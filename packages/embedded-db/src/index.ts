export * from './child.ts';
export * from './launch.ts';
export * from './ports.ts';
export * from './reachable.ts';
export * from './repo.ts';
