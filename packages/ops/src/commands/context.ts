/** What every cluster command is handed: the connection, the release it acts on, and where to write. */
import type { V1Deployment } from '@kubernetes/client-node';
import type { Component } from '../domains.ts';
import { OpsError } from '../errors.ts';
import type { Io, OutputFormat } from '../format.ts';
import type { Connection } from '../kube.ts';
import { labels } from '../labels.ts';
import type { Workload } from '../workload.ts';

export interface CommandContext {
  readonly conn: Connection;
  readonly release: string;
  readonly output: OutputFormat;
  readonly io: Io;
}

export const componentLabel = (component: Component) => (component === 'mfe' ? 'micro frontend' : 'service');

/** The domain's Deployment of each selected component; a missing one fails the command before any change. */
export function selectedDeployments(
  ctx: CommandContext,
  domain: string,
  deployments: readonly V1Deployment[],
  selected: readonly Component[],
): { component: Component; deployment: V1Deployment }[] {
  return selected.map((component) => {
    const deployment = deployments.find((d) => d.metadata?.labels?.[labels.component] === component);
    if (!deployment) throw missingWorkload(ctx, domain, component);
    return { component, deployment };
  });
}

/** The release has the domain in the registry but no Deployment of that component: say so plainly. */
function missingWorkload(ctx: CommandContext, domain: string, component: Component): OpsError {
  return new OpsError(
    'FAILED',
    `release "${ctx.release}" in namespace "${ctx.conn.namespace}" has no ${domain} ${componentLabel(component)} Deployment`,
  );
}

/** The short name of a workload for one-line messages: `cart service`, `cart mfe`. */
export const workloadLabel = (w: Pick<Workload, 'domain' | 'component'>) => `${w.domain} ${w.component}`;
