/**
 * The chart's scenarios (ci/*-values.yaml), rendered once per Helm major and test file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KubernetesObject } from '@kubernetes/client-node';
import { type HelmMajor, helmMajors, type RenderOptions, renderChart } from '../../src/helm.ts';
import { chartDir } from '../../src/registry-file.ts';

export const scenarioDir = join(chartDir, 'ci');
export const scenarios = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('-values.yaml'))
  .map((f) => f.replace(/-values\.yaml$/, ''))
  .sort();

export const scenarioFile = (name: string) => join(scenarioDir, `${name}-values.yaml`);

const cache = new Map<string, Promise<KubernetesObject[]>>();

/** The objects of one scenario (cached), optionally with more --set values on top. */
export function render(
  scenario: string,
  major: HelmMajor = 'helm4',
  extra: RenderOptions = {},
): Promise<KubernetesObject[]> {
  const key = JSON.stringify([scenario, major, extra]);
  let rendered = cache.get(key);
  if (!rendered) {
    rendered = renderChart(major, {
      ...extra,
      valuesFiles: [scenarioFile(scenario), ...(extra.valuesFiles ?? [])],
    });
    cache.set(key, rendered);
  }
  return rendered;
}

export { helmMajors };

// biome-ignore lint/suspicious/noExplicitAny: rendered manifests are untyped YAML; tests read them loosely.
export type Manifest = Omit<KubernetesObject, 'metadata'> & Record<string, any>;

export const ofKind = (objects: readonly KubernetesObject[], kind: string) =>
  objects.filter((o) => o.kind === kind) as Manifest[];

export const named = (objects: readonly KubernetesObject[], kind: string, name: string) => {
  const found = ofKind(objects, kind).find((o) => o.metadata?.name === name);
  if (!found) throw new Error(`no ${kind}/${name} in the render`);
  return found;
};

/** Every pod spec of the render (Deployments, StatefulSets, test Pods) with the object it belongs to. */
export function podSpecs(objects: readonly KubernetesObject[]): { owner: string; spec: Manifest }[] {
  return (objects as Manifest[]).flatMap((o) => {
    const owner = `${o.kind}/${o.metadata?.name}`;
    if (o.kind === 'Pod') return [{ owner, spec: o.spec }];
    if (o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'Job')
      return [{ owner, spec: o.spec.template.spec }];
    return [];
  });
}
