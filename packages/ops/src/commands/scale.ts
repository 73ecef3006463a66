/**
 * `scale <domain> <n> [--only service|mfe]`: sets the replicas of a domain's service and micro frontend through
 * the scale subresource. A Deployment that a HorizontalPodAutoscaler targets is refused (exit 5) before
 * anything changes: the autoscaler would undo the change, its range is set through Helm values.
 */
import {
  PatchStrategy,
  setHeaderOptions,
  type V1Deployment,
  type V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import type { Component } from '../domains.ts';
import { OpsError } from '../errors.ts';
import { renderJson, renderTable } from '../format.ts';
import { fieldManager } from '../kube.ts';
import { labels } from '../labels.ts';
import { releaseState, request } from '../release.ts';
import { autoscalerFor, autoscalerOf } from '../workload.ts';
import { type CommandContext, selectedDeployments } from './context.ts';

export interface ScaleResult {
  readonly domain: string;
  readonly component: Component;
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

/** The Helm values section of a domain's workload: `services.cart` or `mfes.cart`. */
export function valuesPath(domain: string, component: Component): string {
  return `${component === 'service' ? 'services' : 'mfes'}.${domain}`;
}

export function hpaRefusal(
  deployment: V1Deployment,
  hpa: V2HorizontalPodAutoscaler,
  domain: string,
  component: Component,
  ctx: Pick<CommandContext, 'release'> & { namespace: string },
): OpsError {
  const { name, minReplicas, maxReplicas } = autoscalerOf(hpa);
  const owner = `the HorizontalPodAutoscaler ${name} owns its replica count (min ${minReplicas}, max ${maxReplicas})`;
  const fromChart = hpa.metadata?.labels?.[labels.instance] === ctx.release;
  const path = `${valuesPath(domain, component)}.autoscaling`;
  const how = fromChart
    ? `change the range through Helm values: helm upgrade ${ctx.release} <chart> -n ${ctx.namespace} --reuse-values ` +
      `--set ${path}.minReplicas=<min>,${path}.maxReplicas=<max> (or ${path}.enabled=false with ` +
      `${valuesPath(domain, component)}.replicas=<n>)`
    : `it is not the chart's: change or delete it with kubectl -n ${ctx.namespace} edit hpa ${name}`;
  return new OpsError(
    'HPA_OWNS_REPLICAS',
    `refusing to scale ${deployment.metadata?.name}: ${owner}; ${how}`,
  );
}

export async function scale(
  ctx: CommandContext,
  domain: string,
  replicas: number,
  selected: readonly Component[],
): Promise<void> {
  const namespace = ctx.conn.namespace;
  const state = await releaseState(ctx.conn, { release: ctx.release, domain });
  const targets = selectedDeployments(ctx, domain, state.deployments, selected);
  // Refuse before changing anything, so a domain is never left half scaled.
  for (const { component, deployment } of targets) {
    const hpa = autoscalerFor(deployment, state.autoscalers);
    if (hpa) throw hpaRefusal(deployment, hpa, domain, component, { release: ctx.release, namespace });
  }
  const results: ScaleResult[] = [];
  for (const { component, deployment } of targets) {
    const name = deployment.metadata?.name ?? '';
    const scaled = await request(ctx.conn, () =>
      ctx.conn.apps.patchNamespacedDeploymentScale(
        { name, namespace, body: { spec: { replicas } }, fieldManager },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      ),
    );
    results.push({
      domain,
      component,
      name,
      from: deployment.spec?.replicas ?? 0,
      to: scaled.spec?.replicas ?? replicas,
    });
  }
  // The chart sets these replica counts: Helm 3's next upgrade puts its values back, and Helm 4's
  // (server-side apply) refuses with a conflict over .spec.replicas, unless the values carry the new counts.
  const keep = results
    .filter((r) => r.from !== r.to)
    .map((r) => `${valuesPath(r.domain, r.component)}.replicas=${r.to}`);
  if (ctx.output === 'json') {
    ctx.io.out(renderJson({ namespace, release: ctx.release, scaled: results, keepWithHelm: keep }));
    return;
  }
  if (keep.length > 0) {
    ctx.io.err(
      `note: give your next helm upgrade of ${ctx.release} --set ${keep.join(',')} (without it Helm 3 puts ` +
        "the chart's replicas back and Helm 4 stops on a conflict over .spec.replicas)",
    );
  }
  ctx.io.out(
    renderTable(
      ['domain', 'component', 'deployment', 'replicas'],
      results.map((r) => [
        r.domain,
        r.component,
        r.name,
        r.from === r.to ? `${r.to} (unchanged)` : `${r.from} -> ${r.to}`,
      ]),
    ),
  );
}
