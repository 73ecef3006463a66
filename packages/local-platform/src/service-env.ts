/**
 * What each service of the local run (and of the platform run from images) is told: where the services it calls listen, where the user
 * service publishes its signing keys, its own service key and the keys of the services allowed to call
 * it. Keys are fresh random values on every start (nothing to leak, nothing to configure); the pairs come
 * from the registry's `calls`, as the chart's NetworkPolicies and Secrets do.
 */
import { randomBytes } from 'node:crypto';
import {
  apiPrefix,
  type ServiceName,
  serviceCallers,
  serviceCalls,
  services,
  serviceUrlVariable,
} from '@emporium/registry';

export interface ServiceEnvironment {
  /** Each service's key (tests call internal routes with them). */
  readonly keys: ReadonlyMap<ServiceName, string>;
  of(name: ServiceName): NodeJS.ProcessEnv;
}

/** `url` is where a service is reached from the others: loopback in the local run, a container name on a
 * Docker network (the image tests run the same wiring). */
export function serviceEnvironment(
  shared: NodeJS.ProcessEnv,
  url: (name: ServiceName) => string,
): ServiceEnvironment {
  const keys = new Map(services.map((s) => [s.name, randomBytes(24).toString('base64url')]));
  const of = (name: ServiceName) => {
    const env: NodeJS.ProcessEnv = {
      ...shared,
      JWKS_URL: `${url('user')}${apiPrefix('user')}/.well-known/jwks.json`,
      SERVICE_KEY: keys.get(name),
      TRUSTED_SERVICE_KEYS: serviceCallers(name)
        .map((caller) => `${caller}=${keys.get(caller)}`)
        .join(','),
    };
    for (const dependency of serviceCalls(name)) env[serviceUrlVariable(dependency)] = url(dependency);
    if (name === 'user') {
      // The local run is for development: one-time codes land in a dev outbox the UI and tests can read,
      // and the refresh cookie works over plain http.
      env.NOTIFIER = shared.NOTIFIER ?? 'dev-outbox';
      env.DEV_OUTBOX_ENABLED = shared.DEV_OUTBOX_ENABLED ?? 'true';
      env.COOKIE_SECURE = shared.COOKIE_SECURE ?? 'false';
    }
    return env;
  };
  return { keys, of };
}
