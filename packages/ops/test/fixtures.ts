/** API objects shaped like the chart renders them and the controllers fill them in, for the pure functions. */
import type {
  V1Deployment,
  V1DeploymentCondition,
  V1ReplicaSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';

interface DeploymentShape {
  domain?: string;
  component?: 'service' | 'mfe';
  replicas?: number;
  generation?: number;
  observedGeneration?: number;
  updated?: number;
  total?: number;
  ready?: number;
  available?: number;
  revision?: string;
  image?: string;
  paused?: boolean;
  conditions?: V1DeploymentCondition[];
}

export function deployment(shape: DeploymentShape = {}): V1Deployment {
  const domain = shape.domain ?? 'cart';
  const component = shape.component ?? 'service';
  const replicas = shape.replicas ?? 2;
  return {
    metadata: {
      name: `emporium-${domain}-${component}`,
      uid: `uid-${domain}-${component}`,
      generation: shape.generation ?? 1,
      creationTimestamp: new Date('2026-01-01T00:00:00Z'),
      labels: {
        'app.kubernetes.io/instance': 'emporium',
        'app.kubernetes.io/component': component,
        'app.kubernetes.io/part-of': 'emporium',
        'emporium.dev/domain': domain,
      },
      annotations: { 'deployment.kubernetes.io/revision': shape.revision ?? '3' },
    },
    spec: {
      replicas,
      paused: shape.paused,
      selector: { matchLabels: { 'app.kubernetes.io/name': `${domain}-${component}` } },
      template: {
        spec: {
          containers: [
            { name: `${domain}-${component}`, image: shape.image ?? `emporium/${domain}-${component}:0.1.0` },
          ],
        },
      },
    },
    status: {
      observedGeneration: shape.observedGeneration ?? shape.generation ?? 1,
      replicas: shape.total ?? replicas,
      updatedReplicas: shape.updated ?? replicas,
      readyReplicas: shape.ready ?? replicas,
      availableReplicas: shape.available ?? replicas,
      conditions: shape.conditions ?? [
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          lastUpdateTime: new Date('2026-01-02T00:00:00Z'),
        },
      ],
    },
  };
}

export function autoscaler(
  target: string,
  extra: { current?: number; labels?: Record<string, string> } = {},
) {
  const hpa: V2HorizontalPodAutoscaler = {
    metadata: { name: target, labels: extra.labels ?? { 'app.kubernetes.io/instance': 'emporium' } },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
    },
    status: {
      currentReplicas: 3,
      desiredReplicas: 3,
      currentMetrics:
        extra.current === undefined
          ? undefined
          : [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: extra.current } } }],
    },
  };
  return hpa;
}

export function replicaSet(owner: V1Deployment, revision: string, created: string): V1ReplicaSet {
  return {
    metadata: {
      name: `${owner.metadata?.name}-${revision}`,
      creationTimestamp: new Date(created),
      annotations: { 'deployment.kubernetes.io/revision': revision },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: owner.metadata?.name ?? '',
          uid: owner.metadata?.uid ?? '',
        },
      ],
    },
  };
}
