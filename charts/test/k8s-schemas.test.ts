/**
 * Every scenario's render is what the Kubernetes API accepts: right types, required fields and enum values,
 * and no field the API does not know (which a server would drop, silently changing what runs).
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, parseManifests, validateManifest, validateManifests } from '../src/k8s-validate.ts';
import { helmMajors, type Manifest, named, render, scenarios } from './support/scenarios.ts';

describe.each(helmMajors)('Kubernetes schemas (%s)', (major) => {
  it.each(scenarios)('accept every object of the %s scenario', async (scenario) => {
    const objects = await render(scenario, major);
    expect(objects.length).toBeGreaterThan(40);
    expect(formatProblems(await validateManifests(objects))).toBe('');
  });
});

describe('the validator', () => {
  const deployment = async () =>
    structuredClone(named(await render('default'), 'Deployment', 'emporium-product-service')) as Manifest;
  const messages = async (obj: unknown) =>
    (await validateManifest(obj)).map((p) => `${p.resource} ${p.path}: ${p.message}`);

  it('rejects a field the API does not know, however deep', async () => {
    const d = await deployment();
    d.spec.template.spec.containers[0].readinessProbe.httpGet.paht = '/health';
    d.spec.template.spec.containers[0].securityContext.runAsNonroot = true;
    d.spec.replica = 3;
    expect((await messages(d)).sort()).toEqual([
      'Deployment/emporium-product-service /spec/replica: unknown field "replica" in V1DeploymentSpec',
      'Deployment/emporium-product-service /spec/template/spec/containers/0/readinessProbe/httpGet/paht: unknown field "paht" in V1HTTPGetAction',
      'Deployment/emporium-product-service /spec/template/spec/containers/0/securityContext/runAsNonroot: unknown field "runAsNonroot" in V1SecurityContext',
    ]);
  });

  it('rejects wrong types, missing required fields and values outside an enum', async () => {
    const d = await deployment();
    d.spec.replicas = 'two';
    d.spec.template.metadata.labels.tier = 3;
    delete d.spec.template.spec.containers[0].name;
    d.spec.template.spec.containers[0].ports[0].protocol = 'HTTP';
    const problems = await validateManifest(d);
    const at = (path: string) => problems.filter((p) => p.path === path).map((p) => p.message);
    expect(at('/spec/replicas')).toEqual(['must be integer']);
    expect(at('/spec/template/metadata/labels/tier')).toEqual(['must be string']);
    expect(at('/spec/template/spec/containers/0')).toEqual(['must have required property name']);
    expect(at('/spec/template/spec/containers/0/ports/0/protocol')[0]).toMatch(
      /^must be equal to one of the allowed values: "SCTP", "TCP", "UDP"$/,
    );
  });

  it('rejects kinds the API does not serve in that version, and objects rendered twice', async () => {
    const d = await deployment();
    expect(await messages({ ...d, apiVersion: 'extensions/v1beta1' })).toEqual([
      'Deployment/emporium-product-service : unknown kind Deployment in extensions/v1beta1',
    ]);
    expect(await messages({ ...d, apiVersion: 'v1' })).toEqual([
      'Deployment/emporium-product-service : unknown kind Deployment in v1',
    ]);
    expect(await messages({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} })).toEqual([
      'ConfigMap/? /metadata/name: a name is required',
    ]);
    expect(formatProblems(await validateManifests([d, d]))).toBe(
      'Deployment/emporium-product-service: rendered twice',
    );
  });

  it('reads a multi-document YAML stream, skipping empty documents', () => {
    const objects = parseManifests(
      '---\n# only a comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n',
    );
    expect(objects).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }]);
    expect(() => parseManifests('a: [')).toThrow(/invalid YAML/);
  });
});
