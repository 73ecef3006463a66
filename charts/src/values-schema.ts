/**
 * values.schema.json, generated: strict (every object rejects unknown keys, so a typo fails `helm install`
 * with the key's name instead of being ignored), typed, with the domains of the registry as the only keys
 * of `services` and `mfes`, and each value's description taken from values.yaml's `# --` comments.
 */
import { join } from 'node:path';
import { mfes, services } from '@emporium/registry';
import { type TSchema, Type } from 'typebox';
import { chartDir } from './registry-file.ts';
import { readValuesDocs, type ValuesDocs } from './values-docs.ts';

export const schemaFile = join(chartDir, 'values.schema.json');

const strict = <T extends Record<string, TSchema>>(properties: T, required = true) =>
  required
    ? Type.Object(properties, { additionalProperties: false })
    : Type.Partial(Type.Object(properties, { additionalProperties: false }));

const int = (minimum: number, maximum: number) => Type.Integer({ minimum, maximum });
const stringMap = () => Type.Record(Type.String(), Type.String());
const quantity = () =>
  Type.Union([Type.String({ pattern: '^[0-9.]+([eE][0-9]+|[mkMGTPE]i?|[KMGTPE]i)?$' }), Type.Number()]);
const resourceList = () =>
  Type.Partial(
    Type.Object(
      { cpu: quantity(), memory: quantity(), 'ephemeral-storage': quantity() },
      { additionalProperties: false },
    ),
  );
const resources = () => strict({ requests: resourceList(), limits: resourceList() }, false);
const preset = () => Type.Union(['none', 'small', 'medium', 'large'].map((p) => Type.Literal(p)));
const pullPolicy = () => Type.Union(['Always', 'IfNotPresent', 'Never'].map((p) => Type.Literal(p)));
/** Empty, or an http(s) origin or URL without quotes or spaces (it ends up in JSON and nginx config). */
const url = () => Type.String({ pattern: '^(https?://[^\\s"\'`$;\\\\]+)?$' });
const origin = () => Type.String({ pattern: '^(https?://[^\\s/"\'`$;\\\\]+)?$' });
const labelSelector = () =>
  strict(
    {
      matchLabels: stringMap(),
      matchExpressions: Type.Array(
        strict({
          key: Type.String(),
          operator: Type.Union(['In', 'NotIn', 'Exists', 'DoesNotExist'].map((o) => Type.Literal(o))),
          values: Type.Optional(Type.Array(Type.String())),
        }),
      ),
    },
    false,
  );
const envVar = () =>
  Type.Object(
    {
      name: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }),
      value: Type.Optional(Type.String()),
      valueFrom: Type.Optional(Type.Object({})),
    },
    { additionalProperties: false },
  );
const imageOverride = () =>
  strict(
    {
      registry: Type.String(),
      repository: Type.String({ minLength: 1 }),
      tag: Type.String(),
      digest: Type.String({ pattern: '^(sha256:[a-f0-9]{64})?$' }),
      pullPolicy: pullPolicy(),
    },
    false,
  );

/** The settings of one kind of domain; `required` for the defaults block, all optional for a domain's overrides. */
function domainSettings(kind: 'service' | 'mfe', required: boolean) {
  const optional = (schema: TSchema) => (required ? schema : Type.Optional(schema));
  return Type.Object(
    {
      replicas: optional(int(0, 1000)),
      resourcesPreset: optional(preset()),
      resources: optional(resources()),
      autoscaling: optional(
        strict(
          {
            enabled: Type.Boolean(),
            minReplicas: int(1, 1000),
            maxReplicas: int(1, 1000),
            targetCPUUtilizationPercentage: int(1, 1000),
            targetMemoryUtilizationPercentage: int(0, 1000),
            scaleDownStabilizationSeconds: int(0, 3600),
          },
          required,
        ),
      ),
      podDisruptionBudget: optional(
        strict(
          {
            enabled: Type.Boolean(),
            maxUnavailable: Type.Union([int(0, 1000), Type.String({ pattern: '^[0-9]{1,3}%$' })]),
            minAvailable: Type.Union([int(0, 1000), Type.String({ pattern: '^([0-9]{1,3}%)?$' })]),
          },
          required,
        ),
      ),
      topologySpread: optional(Type.Boolean()),
      shutdown: optional(strict({ preStopSeconds: int(0, 60), graceSeconds: int(0, 300) }, required)),
      ...(kind === 'service'
        ? {
            logLevel: optional(
              Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace'].map((l) => Type.Literal(l))),
            ),
          }
        : {}),
      extraEnv: optional(Type.Array(envVar())),
      podAnnotations: optional(stringMap()),
      podLabels: optional(stringMap()),
      nodeSelector: optional(stringMap()),
      tolerations: optional(Type.Array(Type.Object({}))),
      affinity: optional(Type.Object({})),
      priorityClassName: optional(Type.String()),
      image: optional(imageOverride()),
    },
    { additionalProperties: false },
  );
}

function perDomain(names: readonly string[], kind: 'service' | 'mfe') {
  return byDomain(names, () => domainSettings(kind, false));
}

const remoteNames = mfes.filter((m) => m.name !== 'host').map((m) => m.name);
const remoteName = () => Type.Union(remoteNames.map((n) => Type.Literal(n)));
/** A map whose keys may only be the given domain names, each optional. */
const byDomain = (names: readonly string[], value: () => TSchema) =>
  Type.Object(Object.fromEntries(names.map((n) => [n, Type.Optional(value())])), {
    additionalProperties: false,
  });

export function valuesSchema() {
  return strict({
    global: strict({
      imageRegistry: Type.String(),
      imagePullSecrets: Type.Array(strict({ name: Type.String({ minLength: 1 }) })),
    }),
    image: strict({
      registry: Type.String(),
      repositoryPrefix: Type.String({ minLength: 1 }),
      tag: Type.String(),
      pullPolicy: pullPolicy(),
    }),
    environment: Type.String({ pattern: '^[A-Za-z0-9._-]+$' }),
    frontend: strict({
      apiOrigin: origin(),
      remotesOrigin: origin(),
      remoteEntries: byDomain(remoteNames, url),
      remotes: Type.Array(remoteName(), { uniqueItems: true }),
      hostOrigin: origin(),
    }),
    serviceDefaults: domainSettings('service', true),
    services: perDomain(
      services.map((s) => s.name),
      'service',
    ),
    mfeDefaults: domainSettings('mfe', true),
    mfes: perDomain(
      mfes.map((m) => m.name),
      'mfe',
    ),
    ingress: strict({
      enabled: Type.Boolean(),
      className: Type.String(),
      hosts: Type.Array(Type.String({ pattern: '^(\\*\\.)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$' })),
      tls: Type.Array(
        strict({ secretName: Type.String({ minLength: 1 }), hosts: Type.Array(Type.String()) }),
      ),
      annotations: stringMap(),
      extraCorsOrigins: Type.Array(Type.String({ pattern: '^https?://[^\\s/,]+$' })),
    }),
    cookieSecure: Type.Union([Type.Literal('auto'), Type.Boolean()]),
    secrets: strict({
      jwt: strict({ existingSecret: Type.String(), key: Type.String({ minLength: 1 }) }),
      serviceKeys: strict({ existingSecret: Type.String() }),
    }),
    mongodb: strict({
      mode: Type.Union([Type.Literal('bundled'), Type.Literal('external')]),
      bundled: strict({
        image: strict({
          registry: Type.String(),
          repository: Type.String({ minLength: 1 }),
          tag: Type.String({ minLength: 1 }),
          digest: Type.String({ pattern: '^(sha256:[a-f0-9]{64})?$' }),
          pullPolicy: pullPolicy(),
        }),
        existingSecret: Type.String(),
        persistence: strict({ enabled: Type.Boolean(), size: quantity(), storageClass: Type.String() }),
        resourcesPreset: preset(),
        resources: resources(),
        nodeSelector: stringMap(),
        tolerations: Type.Array(Type.Object({})),
      }),
      external: strict({
        uriSecret: Type.String(),
        databases: byDomain(
          services.map((s) => s.name),
          () => Type.String({ pattern: '^[A-Za-z0-9_-]{1,63}$' }),
        ),
      }),
    }),
    networkPolicy: strict({
      enabled: Type.Boolean(),
      ingressController: strict({ namespaceSelector: labelSelector(), podSelector: labelSelector() }),
      dns: strict({ namespaceSelector: labelSelector(), podSelector: labelSelector() }),
      externalDatabase: strict({ to: Type.Array(Type.Object({})), ports: Type.Array(int(1, 65535)) }),
    }),
    tests: strict({ enabled: Type.Boolean(), image: Type.String() }),
  });
}

/** Puts each documented value's description on its schema node (domain overrides share the defaults' text). */
function describe(schema: Record<string, unknown>, docs: ValuesDocs): void {
  const byKey = new Map(docs.documented.map((d) => [d.key, d.description]));
  const walk = (node: Record<string, unknown>, path: string[]) => {
    const description =
      byKey.get(path.join('.')) ??
      (path[0] === 'services' || path[0] === 'mfes'
        ? byKey.get([path[0] === 'services' ? 'serviceDefaults' : 'mfeDefaults', ...path.slice(2)].join('.'))
        : undefined);
    if (description && path.length > 0) node.description = description;
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) walk(child, [...path, key]);
  };
  walk(schema, []);
}

export function valuesSchemaText(docs: ValuesDocs = readValuesDocs()): string {
  const schema = JSON.parse(JSON.stringify(valuesSchema())) as Record<string, unknown>;
  describe(schema, docs);
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Emporium chart values',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
