/**
 * The chart's copy of the domain registry (charts/emporium/files/registry.json). Helm cannot read
 * TypeScript, so `make chart-docs` writes what the templates need from packages/registry into that file, and
 * a test fails when the two differ: the Ingress, the Deployments and the NetworkPolicies always follow the
 * same registry as the local gateway.
 */
import { join } from 'node:path';
import {
  assetsPath,
  databaseName,
  federationName,
  gatewayRoutes,
  mfes,
  serviceCallers,
  serviceCalls,
  serviceDependencies,
  services,
  serviceUrlVariable,
} from '@emporium/registry';

export const chartDir = join(import.meta.dirname, '..', 'emporium');
export const registryFile = join(chartDir, 'files', 'registry.json');

export interface ChartRoute {
  /** Ingress path (Prefix): the gateway prefix without its trailing slash, `/` for the host. */
  readonly path: string;
  readonly kind: 'service' | 'mfe';
  readonly domain: string;
}

/** An Ingress path for a gateway prefix: Kubernetes Prefix paths match whole segments, no trailing slash. */
export function ingressPath(prefix: string): string {
  return prefix === '/' ? '/' : prefix.replace(/\/$/, '');
}

export function chartRegistry() {
  return {
    services: services.map((s) => ({
      name: s.name,
      port: s.port,
      database: databaseName(s.name),
      urlVariable: serviceUrlVariable(s.name),
      // The services it calls with its service key (each gets a <NAME>_SERVICE_URL setting).
      calls: serviceCalls(s.name),
      // Everything it reaches over the network: its calls plus the user service's JWKS.
      dependencies: serviceDependencies(s.name),
      // Services allowed to call this one's internal routes with their service key.
      trustedCallers: serviceCallers(s.name),
    })),
    mfes: mfes.map((m) => ({
      name: m.name,
      route: m.route,
      assetsPath: assetsPath(m.name),
      federation: federationName(m.name),
    })),
    routes: gatewayRoutes().map(
      (r): ChartRoute => ({
        path: ingressPath(r.prefix),
        kind: r.kind,
        domain: r.kind === 'service' ? r.service : r.mfe,
      }),
    ),
  };
}

export function registryFileText(): string {
  return `${JSON.stringify(chartRegistry(), null, 2)}\n`;
}
