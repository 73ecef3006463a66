import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSpecs } from '@emporium/images/catalog';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helmMajors, renderChart } from '../src/helm.ts';
import { formatProblems, validateManifests } from '../src/k8s-validate.ts';
import { skaffoldRender } from '../src/skaffold-cli.ts';
import { artifactImage, skaffoldFile } from '../src/skaffold-config.ts';
import { named, ofKind } from './support/scenarios.ts';

const root = join(import.meta.dirname, '..', '..');
// Skaffold's own schema for this apiVersion (copied from the skaffold repository, see k8s/schemas/README.md).
const schema = JSON.parse(readFileSync(join(root, 'k8s', 'schemas', 'skaffold-v4beta14.json'), 'utf8'));
const config = parse(readFileSync(skaffoldFile, 'utf8'));
const chartImages = imageSpecs.filter((s) => s.kind !== 'database');
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

// What a build would hand to the deploy: every artifact pushed to a registry, pinned by digest.
const builds = chartImages.map((spec, i) => ({
  spec,
  imageName: artifactImage(spec.name),
  tag: `registry.test/${spec.name}:v1@sha256:${i.toString(16).padStart(64, '0')}`,
}));

describe.each(helmMajors)('skaffold render, the real Skaffold CLI with %s', (major) => {
  it.each(['dev', 'production'])('deploys exactly the built images with the %s profile', async (profile) => {
    const objects = await skaffoldRender(
      major,
      profile,
      builds.map(({ imageName, tag }) => ({ imageName, tag })),
    );
    expect(formatProblems(await validateManifests(objects))).toBe('');
    for (const { spec, tag } of builds) {
      const deployment = named(objects, 'Deployment', `emporium-${spec.domain}-${spec.kind}`);
      expect(deployment.spec.template.spec.containers[0].image).toBe(tag);
    }
    const product = named(objects, 'Deployment', 'emporium-product-service').spec.template.spec.containers[0];
    const logLevel = product.env.find((e: { name: string }) => e.name === 'LOG_LEVEL').value;
    const autoscalers = ofKind(objects, 'HorizontalPodAutoscaler');
    if (profile === 'dev') {
      expect(logLevel).toBe('debug');
      expect(autoscalers).toHaveLength(0);
    } else {
      expect(logLevel).toBe('info');
      expect(autoscalers).toHaveLength(chartImages.length);
      expect(product.resources.requests.cpu).toBeDefined();
    }
  });
});
