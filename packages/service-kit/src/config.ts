/**
 * Service configuration: read from the environment, validated against a schema once at start-up.
 * A missing or bad value stops the process with a message that names the variable, never a stack trace
 * from deep inside a request.
 */
import {
  apiPrefix,
  databaseName,
  localDevOrigins,
  type ServiceName,
  service,
  serviceCalls,
  serviceUrlVariable,
} from '@emporium/registry';
import { Ajv } from 'ajv';
import { type Static, type TObject, type TProperties, Type } from 'typebox';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Where a service is reached by default in the local run: its registry port on loopback. */
export function defaultServiceUrl(name: ServiceName): string {
  return `http://127.0.0.1:${service(name).port}`;
}

/** One `<NAME>_SERVICE_URL` setting for each service this one calls (registry `calls`). */
function dependencyUrls(name: ServiceName): Record<string, ReturnType<typeof Type.String>> {
  const urls: Record<string, ReturnType<typeof Type.String>> = {};
  for (const dependency of serviceCalls(name)) {
    urls[serviceUrlVariable(dependency)] = Type.String({
      pattern: '^https?://[^\\s/]+$',
      default: defaultServiceUrl(dependency),
      description: `Base URL (scheme://host:port) of the ${dependency} service`,
    });
  }
  return urls;
}

/** Settings every service has; the defaults come from the domain registry. */
export function baseConfigSchema(name: ServiceName) {
  return Type.Object({
    // Typed loosely on purpose: which URLs exist depends on the service; createServiceClient reads them.
    ...(dependencyUrls(name) as Record<never, never>),
    HOST: Type.String({ default: '0.0.0.0', description: 'Interface to listen on' }),
    PORT: Type.Integer({
      minimum: 1,
      maximum: 65535,
      default: service(name).port,
      description: 'Port to listen on',
    }),
    LOG_LEVEL: Type.Union(
      logLevels.map((l) => Type.Literal(l)),
      { default: 'info', description: 'pino log level' },
    ),
    MONGODB_URI: Type.String({
      pattern: '^mongodb(\\+srv)?://\\S+$',
      description: 'MongoDB connection string (real MongoDB, or the embedded FerretDB of the local run)',
    }),
    MONGODB_DATABASE: Type.String({
      pattern: '^[A-Za-z0-9_-]{1,63}$',
      default: databaseName(name),
      description: "This service's own database",
    }),
    MONGODB_TIMEOUT_MS: Type.Integer({
      minimum: 100,
      maximum: 60000,
      default: 2000,
      description: 'How long a request waits for an unreachable database before failing with 503',
    }),
    CORS_ORIGINS: Type.String({
      default: localDevOrigins().join(','),
      description: 'Comma-separated origins allowed to call this service from a browser',
    }),
    BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, maximum: 10485760, default: 102400 }),
    SHUTDOWN_GRACE_MS: Type.Integer({
      minimum: 0,
      maximum: 120000,
      default: 10000,
      description: 'How long in-flight requests may take to finish after SIGTERM',
    }),
    TRUST_PROXY: Type.String({
      default: 'loopback,linklocal,uniquelocal',
      description: 'Proxies whose X-Forwarded-* headers are believed (gateway, Ingress)',
    }),
    JWKS_URL: Type.String({
      pattern: '^https?://\\S+$',
      default: `${defaultServiceUrl('user')}${apiPrefix('user')}/.well-known/jwks.json`,
      description: "The user service's public signing keys; access tokens are verified locally against them",
    }),
    JWT_ISSUER: Type.String({ default: 'emporium-user', description: 'Expected `iss` of access tokens' }),
    JWT_AUDIENCE: Type.String({ default: 'emporium', description: 'Expected `aud` of access tokens' }),
    SERVICE_KEY: Type.String({
      pattern: '^([\\x21-\\x7e]{16,256})?$',
      default: '',
      description: "This service's own key, sent as x-service-key when it calls another service",
    }),
    TRUSTED_SERVICE_KEYS: Type.String({
      default: '',
      description: 'caller=key pairs (comma-separated) of the services allowed to call the internal routes',
    }),
    SERVICE_CALL_TIMEOUT_MS: Type.Integer({
      minimum: 50,
      maximum: 60000,
      default: 3000,
      description: 'How long a call to another service may take before it counts as unavailable',
    }),
  });
}

export type BaseConfig = Static<ReturnType<typeof baseConfigSchema>>;

/** The base settings plus a service's own. */
export function serviceConfigSchema<P extends TProperties>(name: ServiceName, extra: P) {
  return Type.Object({ ...baseConfigSchema(name).properties, ...extra });
}

export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

// Environment values are strings: coerce them to the schema's types and fill defaults.
const ajv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, removeAdditional: false });

export function loadConfig<S extends TObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): Static<S> {
  // Only the variables the schema names are read; the rest of the environment is not ours.
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const validate = ajv.compile(schema);
  const problems: string[] = [];
  if (!validate(input)) {
    for (const e of validate.errors ?? []) {
      if (e.keyword === 'required') {
        problems.push(`${String(e.params.missingProperty)} is required but not set`);
        continue;
      }
      const key = e.instancePath.split('/')[1] ?? '(root)';
      if (e.keyword === 'anyOf' || e.keyword === 'const') {
        if (problems.some((p) => p.startsWith(`${key} `))) continue;
        const allowed = (schema.properties[key] as { anyOf?: { const: unknown }[] }).anyOf?.map(
          (a) => a.const,
        );
        problems.push(`${key} must be one of ${allowed?.join(', ')} (got "${env[key]}")`);
        continue;
      }
      problems.push(`${key} ${e.message} (got "${env[key]}")`);
    }
  }
  const origins = typeof input.CORS_ORIGINS === 'string' ? input.CORS_ORIGINS : undefined;
  if (origins !== undefined) problems.push(...originProblems(origins));
  if (problems.length > 0) throw new ConfigError(problems);
  return input as Static<S>;
}

/** Splits a comma-separated origin list. */
export function parseOrigins(list: string): string[] {
  return list
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
}

function originProblems(list: string): string[] {
  const problems: string[] = [];
  for (const origin of parseOrigins(list)) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      problems.push(
        `CORS_ORIGINS entry "${origin}" is not an origin (expected scheme://host[:port], no path)`,
      );
    }
  }
  return problems;
}
