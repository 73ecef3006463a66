/**
 * A release in a namespace as the cluster has it: its domain Deployments (found by labels, not by re-deriving
 * names), the autoscalers that target them and their ReplicaSets. A namespace with neither Deployments nor a
 * Helm release Secret of that name has no such release, which is its own error and exit code.
 */
import type { V1Deployment, V1ReplicaSet, V2HorizontalPodAutoscaler } from '@kubernetes/client-node';
import { OpsError } from './errors.ts';
import { type Connection, requestFailure } from './kube.ts';
import { helmReleaseSelector, labels, workloadSelector } from './labels.ts';

export interface Target {
  readonly release: string;
  /** One domain, or every domain of the release. */
  readonly domain?: string | undefined;
}

export interface ReleaseState {
  readonly deployments: V1Deployment[];
  readonly autoscalers: V2HorizontalPodAutoscaler[];
  readonly replicaSets: V1ReplicaSet[];
}

/** Runs one API call, turning transport and HTTP failures into OpsErrors that name the server. */
export async function request<T>(conn: Connection, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw requestFailure(error, conn.server);
  }
}

export function releaseNotFound(release: string, namespace: string): OpsError {
  return new OpsError(
    'RELEASE_NOT_FOUND',
    `release "${release}" not found in namespace "${namespace}" (no Deployments labelled ` +
      `${labels.instance}=${release} and no Helm release Secret sh.helm.release.v1.${release}.*); ` +
      `pass -n <namespace> or --release <name> (helm list -A lists releases)`,
  );
}

async function hasHelmRelease(conn: Connection, release: string): Promise<boolean> {
  const secrets = await request(conn, () =>
    conn.core.listNamespacedSecret({
      namespace: conn.namespace,
      labelSelector: helmReleaseSelector(release),
      limit: 1,
    }),
  );
  return secrets.items.length > 0;
}

/** The release's domain Deployments (of one domain when the target names one); fails when there is no release. */
export async function releaseDeployments(conn: Connection, target: Target): Promise<V1Deployment[]> {
  const list = (domain?: string) =>
    request(conn, () =>
      conn.apps.listNamespacedDeployment({
        namespace: conn.namespace,
        labelSelector: workloadSelector(target.release, domain),
      }),
    );
  const found = (await list(target.domain)).items;
  if (found.length > 0) return found;
  const releaseExists =
    (target.domain !== undefined && (await list()).items.length > 0) ||
    (await hasHelmRelease(conn, target.release));
  if (!releaseExists) throw releaseNotFound(target.release, conn.namespace);
  return [];
}

/** Deployments plus what `status` and `scale` need beside them. */
export async function releaseState(conn: Connection, target: Target): Promise<ReleaseState> {
  const deployments = await releaseDeployments(conn, target);
  if (deployments.length === 0) return { deployments, autoscalers: [], replicaSets: [] };
  const selector = workloadSelector(target.release, target.domain);
  const [autoscalers, replicaSets] = await Promise.all([
    request(conn, () =>
      conn.autoscaling.listNamespacedHorizontalPodAutoscaler({ namespace: conn.namespace }),
    ),
    request(conn, () =>
      conn.apps.listNamespacedReplicaSet({ namespace: conn.namespace, labelSelector: selector }),
    ),
  ]);
  return { deployments, autoscalers: autoscalers.items, replicaSets: replicaSets.items };
}
