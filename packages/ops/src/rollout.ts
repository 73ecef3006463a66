/**
 * Where a Deployment's rollout stands, decided the way `kubectl rollout status` decides it: the controller
 * must have observed the latest generation, every desired replica must be updated, old replicas gone and the
 * updated ones available; a Progressing condition with reason ProgressDeadlineExceeded is a failure.
 */
import type { V1Deployment } from '@kubernetes/client-node';

export type RolloutState = 'complete' | 'progressing' | 'failed' | 'paused';

export interface RolloutProgress {
  readonly state: RolloutState;
  /** One line for humans, in kubectl's words. */
  readonly message: string;
}

export function rolloutProgress(deployment: V1Deployment): RolloutProgress {
  const name = deployment.metadata?.name ?? '?';
  const generation = deployment.metadata?.generation ?? 0;
  const status = deployment.status ?? {};
  if (generation > (status.observedGeneration ?? 0)) {
    return {
      state: 'progressing',
      message: `Waiting for deployment "${name}" spec update to be observed...`,
    };
  }
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { state: 'failed', message: `deployment "${name}" exceeded its progress deadline` };
  }
  const desired = deployment.spec?.replicas;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  const paused = deployment.spec?.paused === true;
  let waiting: string | undefined;
  if (desired !== undefined && updated < desired) {
    waiting = `${updated} out of ${desired} new replicas have been updated`;
  } else if (replicas > updated) {
    waiting = `${replicas - updated} old replicas are pending termination`;
  } else if (available < updated) {
    waiting = `${available} of ${updated} updated replicas are available`;
  }
  if (waiting === undefined)
    return { state: 'complete', message: `deployment "${name}" successfully rolled out` };
  if (paused)
    return {
      state: 'paused',
      message: `deployment "${name}" is paused with its rollout unfinished: ${waiting}`,
    };
  return {
    state: 'progressing',
    message: `Waiting for deployment "${name}" rollout to finish: ${waiting}...`,
  };
}
