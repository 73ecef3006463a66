/**
 * `restart <domain> [--only service|mfe]`: a rolling restart the way `kubectl rollout restart` does it, by
 * stamping the pod template with kubectl.kubernetes.io/restartedAt; the Deployment then rolls a new
 * ReplicaSet under its own rolling-update rules.
 */
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import type { Component } from '../domains.ts';
import { OpsError } from '../errors.ts';
import { renderJson, renderTable } from '../format.ts';
import { fieldManager } from '../kube.ts';
import { annotations } from '../labels.ts';
import { releaseDeployments, request } from '../release.ts';
import { type CommandContext, selectedDeployments } from './context.ts';

/** RFC 3339 in UTC without fractions, as kubectl writes restartedAt. */
export function restartStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function restartPatch(now: Date) {
  return {
    spec: { template: { metadata: { annotations: { [annotations.restartedAt]: restartStamp(now) } } } },
  };
}

export async function restart(
  ctx: CommandContext,
  domain: string,
  selected: readonly Component[],
): Promise<void> {
  const namespace = ctx.conn.namespace;
  const deployments = await releaseDeployments(ctx.conn, { release: ctx.release, domain });
  const targets = selectedDeployments(ctx, domain, deployments, selected).map(({ component, deployment }) => {
    const name = deployment.metadata?.name ?? '';
    if (deployment.spec?.paused) {
      throw new OpsError(
        'FAILED',
        `cannot restart paused deployment ${name} (kubectl -n ${namespace} rollout resume deployment/${name} first)`,
      );
    }
    return { component, name };
  });
  const stamp = new Date();
  const results = [];
  for (const { component, name } of targets) {
    const patched = await request(ctx.conn, () =>
      ctx.conn.apps.patchNamespacedDeployment(
        { name, namespace, body: restartPatch(stamp), fieldManager },
        setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
      ),
    );
    results.push({
      domain,
      component,
      name,
      restartedAt: restartStamp(stamp),
      generation: patched.metadata?.generation ?? null,
    });
  }
  if (ctx.output === 'json') {
    ctx.io.out(renderJson({ namespace, release: ctx.release, restarted: results }));
    return;
  }
  ctx.io.out(
    renderTable(
      ['domain', 'component', 'deployment', 'restarted at'],
      results.map((r) => [r.domain, r.component, r.name, r.restartedAt]),
    ),
  );
}
