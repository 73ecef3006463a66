/**
 * Every image the platform ships, from the registry: one per service, one per micro frontend, and the
 * embedded database for runs without a registry. Names, ports and build arguments come from here for the
 * build script, the tests, and (later) the chart's image values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mfes, services } from '@emporium/registry';

export type ImageKind = 'service' | 'mfe' | 'database';

export interface ImageSpec {
  /** Short name used in tables and container names: `product-service`, `host-mfe`, `embedded-db`. */
  readonly name: string;
  readonly kind: ImageKind;
  /** The domain (service or MFE name); empty for the database. */
  readonly domain: string;
  /** Port the container listens on. */
  readonly port: number;
  /** Numeric uid the image runs as. */
  readonly uid: number;
  /** Signal the image stops on (nginx shuts down gracefully on SIGQUIT). */
  readonly stopSignal: 'SIGTERM' | 'SIGQUIT';
}

export const serviceUid = 10001;
export const nginxUid = 101;
export const mfePort = 8080;
export const databasePort = 27017;

export const imageSpecs: readonly ImageSpec[] = [
  ...services.map(
    (s): ImageSpec => ({
      name: `${s.name}-service`,
      kind: 'service',
      domain: s.name,
      port: s.port,
      uid: serviceUid,
      stopSignal: 'SIGTERM',
    }),
  ),
  ...mfes.map(
    (m): ImageSpec => ({
      name: `${m.name}-mfe`,
      kind: 'mfe',
      domain: m.name,
      port: mfePort,
      uid: nginxUid,
      stopSignal: 'SIGQUIT',
    }),
  ),
  {
    name: 'embedded-db',
    kind: 'database',
    domain: '',
    port: databasePort,
    uid: serviceUid,
    stopSignal: 'SIGTERM',
  },
];

/** Repository prefix and tag of our images (IMAGE_REPOSITORY, IMAGE_TAG). */
export function imageRef(spec: ImageSpec, env: NodeJS.ProcessEnv = process.env): string {
  const repository = env.IMAGE_REPOSITORY || 'emporium';
  const tag = env.IMAGE_TAG || 'dev';
  return `${repository}/${spec.name}:${tag}`;
}

export function imageSpec(name: string): ImageSpec {
  const spec = imageSpecs.find((s) => s.name === name);
  if (!spec) throw new Error(`No image "${name}"; images: ${imageSpecs.map((s) => s.name).join(', ')}`);
  return spec;
}

/** A base image the Dockerfile names (`ARG NGINX_IMAGE=...`): one place pins it. */
export function baseImage(arg: 'NODE_IMAGE' | 'NGINX_IMAGE'): string {
  const dockerfile = readFileSync(join(import.meta.dirname, '..', 'Dockerfile'), 'utf8');
  const image = new RegExp(`^ARG ${arg}=(\\S+)$`, 'm').exec(dockerfile)?.[1];
  if (!image) throw new Error(`images/Dockerfile names no ${arg}`);
  return image;
}
