/** `status [domain]`: each domain's Deployments with replicas, autoscaler, images and last rollout. */
import { age, renderJson, renderTable } from '../format.ts';
import { shortImage } from '../images.ts';
import { releaseState } from '../release.ts';
import { type Autoscaler, byDomain, type Workload, workloadOf } from '../workload.ts';
import type { CommandContext } from './context.ts';

const percent = (value: number | null) => (value === null ? '<unknown>' : `${value}%`);

export function hpaCell(hpa: Autoscaler | null): string {
  if (!hpa) return '-';
  return `${hpa.currentReplicas ?? '?'} (${hpa.minReplicas}-${hpa.maxReplicas})`;
}

export function cpuCell(hpa: Autoscaler | null): string {
  if (!hpa || hpa.targetCPUPercent === null) return '-';
  return `${percent(hpa.currentCPUPercent)}/${hpa.targetCPUPercent}%`;
}

export function statusTable(workloads: readonly Workload[], now: Date = new Date()): string {
  return renderTable(
    ['domain', 'component', 'deployment', 'ready', 'hpa', 'cpu', 'image', 'revision', 'rollout', 'since'],
    workloads.map((w) => [
      w.domain,
      w.component,
      w.name,
      `${w.replicas.ready}/${w.replicas.desired}`,
      hpaCell(w.autoscaler),
      cpuCell(w.autoscaler),
      w.images.map(shortImage).join(','),
      w.rollout.revision === null ? '-' : String(w.rollout.revision),
      w.rollout.state,
      age(w.rollout.since, now),
    ]),
  );
}

export async function status(ctx: CommandContext, domain: string | undefined): Promise<void> {
  const state = await releaseState(ctx.conn, { release: ctx.release, domain });
  const workloads = state.deployments
    .map((d) => workloadOf(d, state.autoscalers, state.replicaSets))
    .sort(byDomain);
  if (ctx.output === 'json') {
    ctx.io.out(renderJson({ namespace: ctx.conn.namespace, release: ctx.release, workloads }));
    return;
  }
  if (workloads.length === 0) {
    const what = domain ? `Deployments of domain "${domain}"` : 'domain Deployments';
    ctx.io.out(`release "${ctx.release}" in namespace "${ctx.conn.namespace}" has no ${what}`);
    return;
  }
  ctx.io.out(statusTable(workloads));
}
