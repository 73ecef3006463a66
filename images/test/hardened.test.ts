/**
 * Every image, run the way the chart runs it (read-only root, /tmp only writable, its numeric non-root
 * uid, no capabilities, no privilege escalation): it becomes healthy, runs as that uid, cannot write outside
 * /tmp, its own HEALTHCHECK command passes, and SIGTERM ends it cleanly within the grace period. Services
 * need their database, so one embedded-db container runs on the test network. Prints the images table.
 */
import { Network, type StartedNetwork } from 'testcontainers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageRef, imageSpec, imageSpecs } from '../src/catalog.ts';
import { imageLabel, imageSize } from '../src/docker.ts';
import { containerHost } from '../src/edge.ts';
import { removeContainer, type StartedImage, startHardened } from '../src/hardened.ts';
import { printImageTable } from '../src/table.ts';
import { healthCommand, pid1Uids, shell, terminate } from './support/probe.ts';

/** Kubernetes' default terminationGracePeriodSeconds; the services drain within SHUTDOWN_GRACE_MS (10 s). */
const gracePeriodSeconds = 30;
const database = imageSpec('embedded-db');
let network: StartedNetwork;
let db: StartedImage;
const rows: Parameters<typeof printImageTable>[0][number][] = [];

beforeAll(async () => {
  network = await new Network().start();
  db = await startHardened(database, { network, name: containerHost(database.name) });
});

afterAll(async () => {
  if (db) await removeContainer(db.container);
  await network?.stop();
  printImageTable(rows);
});

describe.each(imageSpecs.filter((s) => s.kind !== 'database'))('$name', (spec) => {
  const ref = imageRef(spec);

  it('declares a numeric non-root user, its port, a health check and OCI labels', async () => {
    const { docker } = await import('../src/docker.ts');
    const { stdout } = await docker(['image', 'inspect', '--format', '{{json .Config}}', ref]);
    const config = JSON.parse(stdout) as {
      User: string;
      ExposedPorts: Record<string, unknown>;
      Labels: Record<string, string>;
    };
    expect(config.User).toBe(`${spec.uid}:${spec.uid}`);
    expect(Object.keys(config.ExposedPorts)).toEqual([`${spec.port}/tcp`]);
    await expect(healthCommand(ref)).resolves.not.toHaveLength(0);
    for (const label of ['source', 'version', 'revision', 'base.name']) {
      expect(config.Labels[`org.opencontainers.image.${label}`], label).toMatch(/\S/);
    }
  });

  it('starts hardened, runs as its uid, writes only to /tmp, passes its health check, stops on SIGTERM', async () => {
    const started = await startHardened(spec, {
      network,
      env:
        spec.kind === 'service'
          ? { MONGODB_URI: `mongodb://${containerHost(database.name)}:${database.port}/`, LOG_LEVEL: 'warn' }
          : {},
    });
    const { container } = started;
    try {
      expect(await pid1Uids(container)).toEqual([spec.uid, spec.uid]);
      expect(await shell(container, 'echo probe > /probe')).not.toBe(0);
      expect(await shell(container, 'echo probe > /tmp/probe')).toBe(0);
      const health = await container.exec(await healthCommand(ref));
      expect(health.exitCode, health.output).toBe(0);

      const stopped = await terminate(container);
      expect(stopped.exitCode).toBe(0);
      expect(stopped.seconds).toBeLessThan(gracePeriodSeconds);
      const base = await imageLabel(ref, 'org.opencontainers.image.base.name');
      const size = await imageSize(ref);
      rows.push({
        image: ref,
        base,
        size,
        ownLayers: size - (await imageSize(base)),
        startSeconds: started.startSeconds,
      });
    } finally {
      await removeContainer(container);
    }
  });
});
