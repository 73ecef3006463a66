/**
 * Which domains this checkout implements: a registry service is run when services/<name>/src/server.ts
 * exists, seeded when it has src/seed/cli.ts. The registry stays the one list; folders say what is built.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ServiceName, services } from '@emporium/registry';

export function implementedServices(repoRoot: string): ServiceName[] {
  return services
    .filter((s) => existsSync(join(repoRoot, 'services', s.name, 'src', 'server.ts')))
    .map((s) => s.name);
}

export function hasSeed(repoRoot: string, name: ServiceName): boolean {
  return existsSync(join(repoRoot, 'services', name, 'src', 'seed', 'cli.ts'));
}
