import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSpecs } from '@emporium/images/catalog';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderChart } from '../src/helm.ts';
import { artifactImage, imageValuesPath, skaffoldFile, templateKey } from '../src/skaffold-config.ts';
import { named } from './support/scenarios.ts';

const root = join(import.meta.dirname, '..', '..');
// Skaffold's own schema for this apiVersion (copied from the skaffold repository, see k8s/schemas/README.md).
const schema = JSON.parse(readFileSync(join(root, 'k8s', 'schemas', 'skaffold-v4beta14.json'), 'utf8'));
const config = parse(readFileSync(skaffoldFile, 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('skaffold.yaml', () => {
  it('is valid against the skaffold/v4beta14 schema', () => {
    expect(config.apiVersion).toBe('skaffold/v4beta14');
    const valid = validate(config);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects what the schema rejects (the check can fail)', () => {
    const broken = structuredClone(config);
    broken.build.artifacts[0].docker.dockerFile = broken.build.artifacts[0].docker.dockerfile;
    expect(validate(broken)).toBe(false);
  });

  it('builds one artifact per image of the chart, as `make images` does', () => {
    const chartImages = imageSpecs.filter((s) => s.kind !== 'database');
    expect(config.build.artifacts.map((a: { image: string }) => a.image)).toEqual(
      chartImages.map((s) => artifactImage(s.name)),
    );
    for (const artifact of config.build.artifacts) {
      expect(artifact.docker.dockerfile).toBe('images/Dockerfile');
      expect(readFileSync(join(root, artifact.docker.dockerfile), 'utf8')).toContain(
        `AS ${artifact.docker.target}`,
      );
    }
  });

  it('sets every image of the Helm release from its build, at value paths the chart has', async () => {
    const [release] = config.deploy.helm.releases;
    expect(release.chartPath).toBe('charts/emporium');
    const templates: Record<string, string> = release.setValueTemplates;
    // What Skaffold would substitute, rendered by the chart: each pod runs its own artifact.
    const set: Record<string, string> = {};
    for (const spec of imageSpecs.filter((s) => s.kind !== 'database')) {
      const key = templateKey(artifactImage(spec.name));
      expect(templates[`${imageValuesPath(spec)}.repository`]).toBe(`{{.IMAGE_REPO_${key}}}`);
      set[`${imageValuesPath(spec)}.repository`] = `registry.test/${spec.name}`;
      set[`${imageValuesPath(spec)}.tag`] = `t1@sha256:${'a'.repeat(64)}`;
    }
    const objects = await renderChart('helm4', {
      valuesFiles: release.valuesFiles.map((f: string) => join(root, f)),
      set,
    });
    for (const spec of imageSpecs.filter((s) => s.kind !== 'database')) {
      const deployment = named(objects, 'Deployment', `emporium-${spec.domain}-${spec.kind}`);
      expect(deployment.spec.template.spec.containers[0].image).toBe(
        `registry.test/${spec.name}:t1@sha256:${'a'.repeat(64)}`,
      );
    }
  });

  it('has values files for every profile that the chart accepts', async () => {
    const files = [
      ...config.deploy.helm.releases[0].valuesFiles,
      ...config.profiles.flatMap((p: { patches?: { value: string }[] }) =>
        (p.patches ?? []).map((x) => x.value),
      ),
    ];
    for (const file of new Set<string>(files)) {
      await expect(renderChart('helm4', { valuesFiles: [join(root, file)] }), file).resolves.toBeDefined();
    }
  });
});
