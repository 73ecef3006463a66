/**
 * Everything other parts of the platform need to know about the domains, derived from domains.ts.
 * Nothing here holds its own list: a new domain shows up in every function below.
 */
import { localGateway, type MfeName, mfes, type RemoteName, type ServiceName, services } from './domains.ts';

const serviceByName = new Map<string, (typeof services)[number]>(services.map((s) => [s.name, s]));
const mfeByName = new Map<string, (typeof mfes)[number]>(mfes.map((m) => [m.name, m]));

export function isServiceName(name: string): name is ServiceName {
  return serviceByName.has(name);
}

export function isMfeName(name: string): name is MfeName {
  return mfeByName.has(name);
}

export function service(name: ServiceName): (typeof services)[number] {
  const found = serviceByName.get(name);
  if (!found) throw new Error(`unknown service "${name}"`);
  return found;
}

export function mfe(name: MfeName): (typeof mfes)[number] {
  const found = mfeByName.get(name);
  if (!found) throw new Error(`unknown micro frontend "${name}"`);
  return found;
}

/** The path prefix the gateway routes on, for example `/product-service/`. */
export function gatewayPrefix(name: ServiceName): string {
  return `/${name}-service/`;
}

/** The versioned API prefix of a service, for example `/product-service/api/v1`. */
export function apiPrefix(name: ServiceName): string {
  return `/${name}-service/api/v1`;
}

/** The service's own database name (one database per service, never shared). */
export function databaseName(name: ServiceName): string {
  return `emporium_${name}`;
}

/** Module Federation container name: unique snake_case, for example `mfe_products`. */
export function federationName(name: MfeName): string {
  return `mfe_${name}`;
}

/** Where a micro frontend's built assets are served, for example `/mfe/products/` (the host at `/`). */
export function assetsPath(name: MfeName): string {
  return name === 'host' ? '/' : `/mfe/${name}/`;
}

export type RemoteDomain = Extract<(typeof mfes)[number], { name: RemoteName }>;

/** Every micro frontend except the host. */
export function remotes(): readonly RemoteDomain[] {
  return mfes.filter((m): m is RemoteDomain => m.name !== 'host');
}

export interface RemoteEntry {
  /** Federation container name the host registers. */
  readonly name: string;
  /** URL of the remote's mf-manifest.json (relative to the site, or absolute). */
  readonly entry: string;
  /** Where the host mounts the remote. */
  readonly route: string;
}

/**
 * The host's remote map, as served in its runtime configuration. `base` is where the remotes' assets live:
 * '' for the same origin (gateway or Ingress), or an origin such as `http://localhost:3001` per remote in dev.
 */
export function remoteMap(base: (name: RemoteName) => string = () => ''): Record<RemoteName, RemoteEntry> {
  const map = {} as Record<RemoteName, RemoteEntry>;
  for (const r of remotes()) {
    map[r.name] = {
      name: federationName(r.name),
      entry: `${base(r.name)}${assetsPath(r.name)}mf-manifest.json`,
      route: r.route,
    };
  }
  return map;
}

/**
 * The runtime configuration every page starts from, served never-cached at /runtime-config.json by the
 * gateway, the Ingress's nginx or a dev server: where the API is and which remotes exist in this
 * environment. Reading it at start instead of baking URLs into the build lets one build run everywhere.
 */
export interface RuntimeConfig {
  environment: string;
  /** '' when the API is on the same origin as the page. */
  apiOrigin: string;
  /** Only the remotes deployed in this environment. */
  remotes: Partial<Record<RemoteName, RemoteEntry>>;
}

export type GatewayRoute =
  | {
      readonly kind: 'service';
      readonly prefix: string;
      readonly service: ServiceName;
      readonly port: number;
    }
  | { readonly kind: 'mfe'; readonly prefix: string; readonly mfe: MfeName };

/**
 * The routing table shared by the local gateway and the Kubernetes Ingress: each service's prefix to the
 * service, each remote's assets path to its static files, and `/` (with the SPA routes) to the host.
 * Longest prefixes first, so a router can take the first match.
 */
export function gatewayRoutes(): readonly GatewayRoute[] {
  const routes: GatewayRoute[] = [
    ...services.map(
      (s) => ({ kind: 'service', prefix: gatewayPrefix(s.name), service: s.name, port: s.port }) as const,
    ),
    ...mfes.map((m) => ({ kind: 'mfe', prefix: assetsPath(m.name), mfe: m.name }) as const),
  ];
  return routes.sort((a, b) => b.prefix.length - a.prefix.length);
}

/** Origins a browser may call services from in local development: the gateway and every MFE dev server. */
export function localDevOrigins(gatewayPort: number = localGateway.port): string[] {
  const ports = [gatewayPort, ...mfes.map((m) => m.devPort)];
  return ports.flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);
}

/** Which micro frontends call a service (used for CORS documentation and, later, NetworkPolicy). */
export function callersOf(name: ServiceName): MfeName[] {
  return mfes.filter((m) => (m.calls as readonly string[]).includes(name)).map((m) => m.name);
}

/** The services a service calls over HTTP with its service key. */
export function serviceCalls(name: ServiceName): readonly ServiceName[] {
  return service(name).calls as readonly ServiceName[];
}

/** The services allowed to call a service's internal routes (the reverse of `calls`). */
export function serviceCallers(name: ServiceName): ServiceName[] {
  return services.filter((s) => (s.calls as readonly string[]).includes(name)).map((s) => s.name);
}

/** The setting that holds a service's base URL for its callers, for example `PRODUCT_SERVICE_URL`. */
export function serviceUrlVariable(name: ServiceName): string {
  return `${name.toUpperCase()}_SERVICE_URL`;
}

/**
 * Every service another service reaches over the network: the registry's `calls`, plus the user service for
 * every other service, because each one fetches the user service's public signing keys (JWKS_URL) to verify
 * access tokens locally. The chart's NetworkPolicies allow exactly these pairs.
 */
export function serviceDependencies(name: ServiceName): readonly ServiceName[] {
  const dependencies = new Set<ServiceName>(serviceCalls(name));
  if (name !== 'user') dependencies.add('user');
  return [...dependencies];
}
