import { describe, expect, it } from 'vitest';
import { helmMajors, podSpecs, render, scenarios } from './support/scenarios.ts';

// Every pod the chart runs, in every scenario: what the image tests check on Docker, asked of Kubernetes.
describe.each(helmMajors)('every pod hardened and probed (%s)', (major) => {
  it.each(scenarios)('in the %s scenario', async (scenario) => {
    const pods = podSpecs(await render(scenario, major));
    expect(pods.length).toBeGreaterThanOrEqual(17);
    for (const { owner, spec } of pods) {
      expect(spec.automountServiceAccountToken, owner).toBe(false);
      expect(spec.securityContext, owner).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(spec.securityContext.runAsUser, owner).toBeGreaterThan(0);
      expect(spec.hostNetwork ?? false, owner).toBe(false);
      const writable = new Set(
        (spec.volumes ?? [])
          .filter((v: { emptyDir?: unknown }) => v.emptyDir)
          .map((v: { name: string }) => v.name),
      );
      for (const container of [...(spec.initContainers ?? []), ...spec.containers]) {
        const where = `${owner} container ${container.name}`;
        expect(container.securityContext, where).toEqual({
          runAsNonRoot: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' },
        });
        // A read-only root needs a writable /tmp, and it must be an emptyDir (never a host path).
        const tmp = container.volumeMounts?.find((m: { mountPath: string }) => m.mountPath === '/tmp');
        expect(tmp && writable.has(tmp.name), `${where} has an emptyDir /tmp`).toBe(true);
        expect(container.image, where).not.toMatch(/:latest$/);
        expect(container.image, where).toMatch(/[:@]/);
        if (owner.startsWith('Pod/')) continue;
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
          expect(container[probe], `${where} has a ${probe}`).toBeDefined();
      }
    }
  });
});

describe('probes and shutdown of the domains', () => {
  it('probes readiness on /health and liveness on /health/live, and stops after its grace period', async () => {
    const objects = await render('default');
    for (const { owner, spec } of podSpecs(objects)) {
      const [container] = spec.containers;
      if (owner.endsWith('-service')) {
        expect(container.readinessProbe.httpGet.path, owner).toBe('/health');
        expect(container.livenessProbe.httpGet.path, owner).toBe('/health/live');
        expect(container.startupProbe.httpGet.path, owner).toBe('/health/live');
        const grace = Number(
          container.env.find((e: { name: string }) => e.name === 'SHUTDOWN_GRACE_MS').value,
        );
        const preStop = Number(container.lifecycle.preStop.exec.command[1]);
        expect(spec.terminationGracePeriodSeconds, owner).toBe(preStop + grace / 1000 + 5);
      }
      if (owner.endsWith('-mfe')) {
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
          expect(container[probe].httpGet.path, owner).toBe('/health');
        expect(container.lifecycle.preStop.exec.command.join(' '), owner).toContain('nginx -s quit');
      }
    }
  });
});
