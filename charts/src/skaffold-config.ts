/**
 * skaffold.yaml, generated from the image catalog so that every image the chart deploys has exactly one
 * artifact (built from images/Dockerfile like `make images` builds it) and one set of image values for the
 * Helm release. `make chart-docs` writes it; a test validates it against Skaffold's v4beta14 schema.
 */
import { join } from 'node:path';
import { imageSpecs } from '@emporium/images/catalog';
import { stringify } from 'yaml';

export const skaffoldFile = join(import.meta.dirname, '..', '..', 'skaffold.yaml');

const chartImages = imageSpecs.filter((s) => s.kind !== 'database');
/** Skaffold's template key for an image: every character that is not a letter or digit becomes `_`. */
export const templateKey = (image: string) => image.replace(/[^A-Za-z0-9]/g, '_');
export const artifactImage = (name: string) => `emporium/${name}`;

/** The value path of a domain's image settings in the chart. */
export const imageValuesPath = (spec: (typeof chartImages)[number]) =>
  `${spec.kind === 'service' ? 'services' : 'mfes'}.${spec.domain}.image`;

function setValueTemplates(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const spec of chartImages) {
    const key = templateKey(artifactImage(spec.name));
    const path = imageValuesPath(spec);
    // Skaffold's recommended form: the repository it built or pushed, and tag@digest so the pods run
    // exactly the image of this build.
    values[`${path}.repository`] = `{{.IMAGE_REPO_${key}}}`;
    values[`${path}.tag`] = `{{.IMAGE_TAG_${key}}}@{{.IMAGE_DIGEST_${key}}}`;
  }
  return values;
}

function artifacts() {
  return chartImages.map((spec) => ({
    image: artifactImage(spec.name),
    context: '.',
    docker: {
      dockerfile: 'images/Dockerfile',
      target: spec.kind,
      buildArgs:
        spec.kind === 'service' ? { SERVICE: spec.domain, PORT: String(spec.port) } : { MFE: spec.domain },
    },
  }));
}

export function skaffoldConfig() {
  return {
    apiVersion: 'skaffold/v4beta14',
    kind: 'Config',
    metadata: { name: 'emporium' },
    build: {
      tagPolicy: { inputDigest: {} },
      local: { push: false, useBuildkit: true, concurrency: 2 },
      artifacts: artifacts(),
    },
    deploy: {
      helm: {
        releases: [
          {
            name: 'emporium',
            chartPath: 'charts/emporium',
            namespace: 'emporium',
            createNamespace: true,
            valuesFiles: ['k8s/values/local.yaml'],
            setValueTemplates: setValueTemplates(),
            wait: true,
          },
        ],
      },
      statusCheckDeadlineSeconds: 300,
    },
    profiles: [
      {
        // `skaffold dev`: one replica per domain, and the gateway (the ingress controller) on localhost.
        name: 'dev',
        activation: [{ command: 'dev' }],
        patches: [{ op: 'add', path: '/deploy/helm/releases/0/valuesFiles/-', value: 'k8s/values/dev.yaml' }],
        portForward: [
          {
            resourceType: 'service',
            resourceName: 'ingress-nginx-controller',
            namespace: 'ingress-nginx',
            port: 80,
            localPort: 8300,
          },
        ],
      },
      {
        // A production-like install: tagged by commit, pushed to $SKAFFOLD_DEFAULT_REPO, replicas and
        // autoscaling as production runs them.
        name: 'production',
        build: {
          tagPolicy: { gitCommit: { variant: 'AbbrevCommitSha' } },
          local: { push: true, useBuildkit: true, concurrency: 2 },
          artifacts: artifacts(),
        },
        patches: [
          {
            op: 'replace',
            path: '/deploy/helm/releases/0/valuesFiles/0',
            value: 'k8s/values/production.yaml',
          },
        ],
      },
    ],
  };
}

export function skaffoldText(): string {
  const header = [
    '# skaffold: the developer loop against a cluster (k8s/README.md). Generated from the image catalog',
    '# (images/src/catalog.ts) by `make chart-docs`; edit charts/src/skaffold-config.ts instead.',
    '#   skaffold run                      build every image, helm install the chart (k8s/values/local.yaml)',
    '#   skaffold dev                      the same, rebuilt on change, the gateway on http://localhost:8300',
    '#   skaffold run -p production --default-repo=<registry>   pushed, pinned by digest, autoscaled',
    '',
  ].join('\n');
  return `${header}${stringify(skaffoldConfig(), { lineWidth: 0 })}`;
}
