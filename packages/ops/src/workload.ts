/**
 * The domain model: one workload per Deployment of the release (a domain's service or micro frontend) with
 * what an operator asks about it: replicas, its autoscaler, images, and the last rollout.
 */
import type { V1Deployment, V1ReplicaSet, V2HorizontalPodAutoscaler } from '@kubernetes/client-node';
import { type Component, components, knownDomains } from './domains.ts';
import { type ImageRef, parseImage } from './images.ts';
import { annotations, labels } from './labels.ts';
import { type RolloutState, rolloutProgress } from './rollout.ts';

export interface Autoscaler {
  readonly name: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Average CPU utilisation (percent of requests) it aims for, when it scales on CPU. */
  readonly targetCPUPercent: number | null;
  /** Average CPU utilisation it last measured; null before metrics arrive. */
  readonly currentCPUPercent: number | null;
  readonly currentReplicas: number | null;
  readonly desiredReplicas: number | null;
}

export interface Workload {
  readonly domain: string;
  readonly component: Component;
  readonly name: string;
  readonly replicas: {
    readonly desired: number;
    readonly ready: number;
    readonly updated: number;
    readonly available: number;
  };
  readonly autoscaler: Autoscaler | null;
  readonly images: readonly (ImageRef & { readonly container: string })[];
  readonly rollout: {
    readonly revision: number | null;
    readonly state: RolloutState;
    readonly message: string;
    /** When the current revision's ReplicaSet was created (the rollout started), ISO 8601. */
    readonly since: string | null;
  };
}

export function autoscalerOf(hpa: V2HorizontalPodAutoscaler): Autoscaler {
  const cpuTarget = hpa.spec?.metrics?.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu');
  const cpuCurrent = hpa.status?.currentMetrics?.find(
    (m) => m.type === 'Resource' && m.resource?.name === 'cpu',
  );
  return {
    name: hpa.metadata?.name ?? '?',
    minReplicas: hpa.spec?.minReplicas ?? 1,
    maxReplicas: hpa.spec?.maxReplicas ?? 0,
    targetCPUPercent: cpuTarget?.resource?.target.averageUtilization ?? null,
    currentCPUPercent: cpuCurrent?.resource?.current.averageUtilization ?? null,
    currentReplicas: hpa.status?.currentReplicas ?? null,
    desiredReplicas: hpa.status?.desiredReplicas ?? null,
  };
}

/** The autoscaler whose scaleTargetRef is this Deployment (whoever created it, the chart or not). */
export function autoscalerFor(
  deployment: V1Deployment,
  hpas: readonly V2HorizontalPodAutoscaler[],
): V2HorizontalPodAutoscaler | undefined {
  return hpas.find(
    (h) =>
      h.spec?.scaleTargetRef.kind === 'Deployment' &&
      h.spec.scaleTargetRef.name === deployment.metadata?.name &&
      (h.spec.scaleTargetRef.apiVersion ?? 'apps/v1').startsWith('apps/'),
  );
}

function revisionOf(object: { metadata?: { annotations?: Record<string, string> } }): number | null {
  const value = object.metadata?.annotations?.[annotations.revision];
  return value === undefined || !/^\d+$/.test(value) ? null : Number(value);
}

/** The ReplicaSet of the Deployment's current revision: the one its last rollout created. */
export function currentReplicaSet(
  deployment: V1Deployment,
  replicaSets: readonly V1ReplicaSet[],
): V1ReplicaSet | undefined {
  const revision = revisionOf(deployment);
  const uid = deployment.metadata?.uid;
  return replicaSets.find(
    (rs) =>
      rs.metadata?.ownerReferences?.some((o) => o.kind === 'Deployment' && o.uid === uid) &&
      revisionOf(rs) === revision,
  );
}

function asIso(time: Date | string | undefined): string | null {
  if (time === undefined) return null;
  const date = time instanceof Date ? time : new Date(time);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function workloadOf(
  deployment: V1Deployment,
  hpas: readonly V2HorizontalPodAutoscaler[],
  replicaSets: readonly V1ReplicaSet[],
): Workload {
  const meta = deployment.metadata ?? {};
  const status = deployment.status ?? {};
  const hpa = autoscalerFor(deployment, hpas);
  const progress = rolloutProgress(deployment);
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  const since =
    asIso(currentReplicaSet(deployment, replicaSets)?.metadata?.creationTimestamp) ??
    asIso(progressing?.lastUpdateTime) ??
    asIso(meta.creationTimestamp);
  return {
    domain: meta.labels?.[labels.domain] ?? '?',
    component: meta.labels?.[labels.component] === 'mfe' ? 'mfe' : 'service',
    name: meta.name ?? '?',
    replicas: {
      desired: deployment.spec?.replicas ?? 0,
      ready: status.readyReplicas ?? 0,
      updated: status.updatedReplicas ?? 0,
      available: status.availableReplicas ?? 0,
    },
    autoscaler: hpa ? autoscalerOf(hpa) : null,
    images: (deployment.spec?.template.spec?.containers ?? []).map((c) => ({
      container: c.name,
      ...parseImage(c.image ?? ''),
    })),
    rollout: { revision: revisionOf(deployment), state: progress.state, message: progress.message, since },
  };
}

/** The registry's order of domains (unknown ones last), a domain's service before its micro frontend. */
export function byDomain(a: Workload, b: Workload): number {
  const order = knownDomains();
  const rank = (w: Workload) => {
    const index = order.indexOf(w.domain);
    return index < 0 ? order.length : index;
  };
  return (
    rank(a) - rank(b) ||
    a.domain.localeCompare(b.domain) ||
    components.indexOf(a.component) - components.indexOf(b.component)
  );
}
