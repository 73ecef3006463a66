/**
 * Builds every image (or the ones named) from the working tree: `make images`. Expects a Docker engine at
 * DOCKER_HOST and the base images present (the Makefile runs images/scripts/engine.sh and images/bases/build.sh
 * first). BuildKit's cache lives with the engine's data, so a rebuild after a one-file change redoes only the
 * stages that file feeds, and images whose content did not change keep their digest.
 * Usage: node images/src/build.ts [image-name...]   e.g. product-service host-mfe embedded-db
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ImageSpec, imageRef, imageSpec, imageSpecs } from './catalog.ts';
import { docker, imageLabel, imageSize } from './docker.ts';
import { printImageTable } from './table.ts';

const root = join(import.meta.dirname, '..', '..');

function revision(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The domain package's version (services/<name>/package.json, mfes/<name>/package.json). */
function version(spec: ImageSpec): string {
  const file =
    spec.kind === 'service'
      ? join(root, 'services', spec.domain, 'package.json')
      : spec.kind === 'mfe'
        ? join(root, 'mfes', spec.domain, 'package.json')
        : join(root, 'packages', 'embedded-db', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function buildArgs(spec: ImageSpec): string[] {
  const common = ['--build-arg', `VERSION=${version(spec)}`, '--build-arg', `REVISION=${revision()}`];
  switch (spec.kind) {
    case 'service':
      return [
        '-f',
        join(root, 'images', 'Dockerfile'),
        '--target',
        'service',
        '--build-arg',
        `SERVICE=${spec.domain}`,
        '--build-arg',
        `PORT=${spec.port}`,
        ...common,
        root,
      ];
    case 'mfe':
      return [
        '-f',
        join(root, 'images', 'Dockerfile'),
        '--target',
        'mfe',
        '--build-arg',
        `MFE=${spec.domain}`,
        ...common,
        root,
      ];
    case 'database':
      return ['-f', join(root, 'images', 'embedded-db.Dockerfile'), ...common, join(root, '.tools', 'bin')];
  }
}

const wanted = process.argv.slice(2).map(imageSpec);
const specs = wanted.length > 0 ? wanted : imageSpecs;
const started = Date.now();
const built: { spec: ImageSpec; seconds: number }[] = [];
for (const spec of specs) {
  const ref = imageRef(spec);
  const t0 = Date.now();
  process.stdout.write(`building ${ref} … `);
  await docker(['build', '--quiet', '--tag', ref, ...buildArgs(spec)]);
  const seconds = (Date.now() - t0) / 1000;
  built.push({ spec, seconds });
  process.stdout.write(`${seconds.toFixed(1)} s\n`);
}

const rows = [];
for (const { spec, seconds } of built) {
  const ref = imageRef(spec);
  const base = await imageLabel(ref, 'org.opencontainers.image.base.name');
  const size = await imageSize(ref);
  const baseSize = base ? await imageSize(base) : 0;
  rows.push({ image: ref, base, size, ownLayers: size - baseSize, buildSeconds: seconds });
}
printImageTable(rows);
process.stdout.write(`\nbuilt ${built.length} images in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
