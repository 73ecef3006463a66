/**
 * Offline validation of rendered manifests against the Kubernetes API's schemas, strict the way
 * `kubectl apply --validate=strict` is on a server, without needing one:
 * - types, required fields, formats and enums: kubernetes-models, whose validators are generated from the
 *   API's OpenAPI document;
 * - unknown fields (a typo such as `readinessProbe.httpGet.paht`, which the API server would drop with a
 *   warning and the pod would then run unprobed): a walk over @kubernetes/client-node's models, whose attribute
 *   maps list every field the API knows, because kubernetes-models' validators accept extra properties;
 * - kinds neither library knows, and two objects with the same kind, namespace and name (Helm refuses those).
 */
import type { KubernetesObject } from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';

export interface Problem {
  /** `Kind/name` of the object. */
  readonly resource: string;
  /** JSON pointer into the object, `/spec/template/spec/containers/0/ports`. */
  readonly path: string;
  readonly message: string;
}

/** Every non-empty document of a multi-document YAML stream (`helm template` output). */
export function parseManifests(yamlText: string): KubernetesObject[] {
  return parseAllDocuments(yamlText).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(`invalid YAML: ${doc.errors[0]?.message}`);
    const value = doc.toJS() as unknown;
    return value !== null && typeof value === 'object' ? [value as KubernetesObject] : [];
  });
}

interface AttributeType {
  readonly name: string;
  readonly baseName: string;
  readonly type: string;
}
type Model = { readonly attributeTypeMap?: readonly AttributeType[] };
type ModelClass = new (data: unknown) => { validate(): void };
interface ValidationIssue {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: { readonly allowedValues?: readonly unknown[] };
}

// Loaded on first use: client-node's index pulls in its HTTP stack, which most callers of this module never need.
let clientModels: Promise<Record<string, unknown>> | undefined;
const modelsOf = () => {
  clientModels ??= import('@kubernetes/client-node') as Promise<Record<string, unknown>>;
  return clientModels;
};
const groupVersions = new Map<string, Promise<Record<string, unknown> | undefined>>();
function kubernetesModels(apiVersion: string): Promise<Record<string, unknown> | undefined> {
  let loaded = groupVersions.get(apiVersion);
  if (!loaded) {
    // `kubernetes-models/apps/v1`, `kubernetes-models/v1` for the core group; unknown versions fail to resolve.
    loaded = /^[a-z0-9.]*\/?v\d+(?:(?:alpha|beta)\d+)?$/.test(apiVersion)
      ? (import(`kubernetes-models/${apiVersion}`) as Promise<Record<string, unknown>>).catch(() => undefined)
      : Promise.resolve(undefined);
    groupVersions.set(apiVersion, loaded);
  }
  return loaded;
}

/** client-node's model for a kind: `apps/v1` Deployment is V1Deployment, `autoscaling/v2` HPA is V2HorizontalPodAutoscaler. */
function clientModelName(apiVersion: string, kind: string): string {
  const version = apiVersion.split('/').pop() ?? '';
  return `${version.charAt(0).toUpperCase()}${version.slice(1)}${kind}`;
}

const arrayOf = /^Array<(.+)>$/;
const mapOf = /^\{ \[key: string\]: (.+); \}$/;

/** Fields the API does not know, anywhere under `value` of client-node type `type`. */
function unknownFields(
  models: Record<string, unknown>,
  type: string,
  value: unknown,
  path: string,
): Problem[] {
  if (value === null || value === undefined) return [];
  const list = arrayOf.exec(type);
  if (list) {
    return Array.isArray(value)
      ? value.flatMap((item, i) => unknownFields(models, list[1] as string, item, `${path}/${i}`))
      : [];
  }
  const map = mapOf.exec(type);
  if (map) {
    return typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => unknownFields(models, map[1] as string, v, `${path}/${k}`))
      : [];
  }
  const attributes = (models[type] as Model | undefined)?.attributeTypeMap;
  // Scalars, IntOrString, Date and free-form objects (`any`, `object`) have no fields to check.
  if (!attributes || typeof value !== 'object' || Array.isArray(value)) return [];
  const known = new Map(attributes.map((a) => [a.baseName, a.type]));
  return Object.entries(value).flatMap(([field, child]) => {
    const childType = known.get(field);
    if (childType === undefined) {
      return [{ resource: '', path: `${path}/${field}`, message: `unknown field "${field}" in ${type}` }];
    }
    return unknownFields(models, childType, child, `${path}/${field}`);
  });
}

function describe(issue: ValidationIssue): string {
  const allowed = issue.params?.allowedValues;
  return allowed
    ? `${issue.message}: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
    : (issue.message ?? 'invalid');
}

/** Every problem the API server would raise for this object (an empty list when it is valid). */
export async function validateManifest(manifest: unknown): Promise<Problem[]> {
  const obj = (manifest ?? {}) as Partial<KubernetesObject> & Record<string, unknown>;
  const resource = `${obj.kind ?? '?'}/${obj.metadata?.name ?? '?'}`;
  if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') {
    return [{ resource, path: '', message: 'apiVersion and kind are required strings' }];
  }
  const Kind = (await kubernetesModels(obj.apiVersion))?.[obj.kind] as ModelClass | undefined;
  const models = await modelsOf();
  const modelName = clientModelName(obj.apiVersion, obj.kind);
  if (!Kind || !(models[modelName] as Model | undefined)?.attributeTypeMap) {
    return [{ resource, path: '', message: `unknown kind ${obj.kind} in ${obj.apiVersion}` }];
  }
  const problems: Problem[] = [];
  if (!obj.metadata?.name) problems.push({ resource, path: '/metadata/name', message: 'a name is required' });
  try {
    new Kind(obj).validate();
  } catch (err) {
    const issues = (err as { errors?: readonly ValidationIssue[] }).errors;
    if (!issues) throw err;
    for (const issue of issues)
      problems.push({ resource, path: issue.instancePath, message: describe(issue) });
  }
  for (const p of unknownFields(models, modelName, obj, '')) problems.push({ ...p, resource });
  return problems;
}

/** Every problem of a whole render, including objects that would collide on install. */
export async function validateManifests(manifests: readonly unknown[]): Promise<Problem[]> {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const manifest of manifests) {
    problems.push(...(await validateManifest(manifest)));
    const obj = manifest as Partial<KubernetesObject>;
    const identity = `${obj.apiVersion}/${obj.kind}/${obj.metadata?.namespace ?? ''}/${obj.metadata?.name}`;
    if (seen.has(identity)) {
      problems.push({ resource: `${obj.kind}/${obj.metadata?.name}`, path: '', message: 'rendered twice' });
    }
    seen.add(identity);
  }
  return problems;
}

export const formatProblems = (problems: readonly Problem[]) =>
  problems.map((p) => `${p.resource}${p.path ? ` ${p.path}` : ''}: ${p.message}`).join('\n');
