/**
 * `rollout status [domain] [--timeout 5m]`: waits until every Deployment of the release (or of one domain)
 * has rolled out, printing each change of progress as kubectl does. A Deployment past its progress deadline
 * or paused mid-rollout fails it; running out of time fails it too (exit 1 for both).
 */
import type { V1Deployment } from '@kubernetes/client-node';
import { OpsError } from '../errors.ts';
import { formatDuration, renderJson } from '../format.ts';
import { labels, workloadSelector } from '../labels.ts';
import { releaseDeployments, request } from '../release.ts';
import { type RolloutProgress, rolloutProgress } from '../rollout.ts';
import type { CommandContext } from './context.ts';

export const pollIntervalMs = 2_000;

interface Observed extends RolloutProgress {
  readonly name: string;
  readonly domain: string;
  readonly component: string;
}

function observe(deployments: readonly V1Deployment[]): Observed[] {
  return deployments
    .map((d) => ({
      name: d.metadata?.name ?? '?',
      domain: d.metadata?.labels?.[labels.domain] ?? '?',
      component: d.metadata?.labels?.[labels.component] ?? '?',
      ...rolloutProgress(d),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** What the whole wait comes to: done when all are complete, failed as soon as one has failed or is paused. */
export function verdict(observed: readonly Observed[]): 'complete' | 'failed' | 'waiting' {
  if (observed.some((o) => o.state === 'failed' || o.state === 'paused')) return 'failed';
  return observed.every((o) => o.state === 'complete') ? 'complete' : 'waiting';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The next look at the Deployments, or the reason there is none. Like kubectl's watch, the wait outlives a
 * short loss of the API server (a restart, a failover): the caller warns once and keeps its last view until
 * the server answers again or the deadline passes, when the server's error is the result.
 */
async function lookAgain(
  ctx: CommandContext,
  domain: string | undefined,
): Promise<V1Deployment[] | OpsError> {
  const { conn } = ctx;
  try {
    const list = await request(conn, () =>
      conn.apps.listNamespacedDeployment({
        namespace: conn.namespace,
        labelSelector: workloadSelector(ctx.release, domain),
      }),
    );
    return list.items;
  } catch (error) {
    if (error instanceof OpsError && error.code === 'UNREACHABLE') return error;
    throw error;
  }
}

export async function rolloutStatus(
  ctx: CommandContext,
  domain: string | undefined,
  timeoutMs: number,
): Promise<void> {
  const { conn } = ctx;
  const started = Date.now();
  const deadline = timeoutMs > 0 ? started + timeoutMs : Number.POSITIVE_INFINITY;
  const printed = new Map<string, string>();
  let lostServer = false;
  let deployments = await releaseDeployments(conn, { release: ctx.release, domain });
  if (deployments.length === 0 && ctx.output === 'table') {
    ctx.io.out(`release "${ctx.release}" in namespace "${conn.namespace}" has no Deployments to wait for`);
  }
  for (;;) {
    const observed = observe(deployments);
    if (ctx.output === 'table') {
      for (const o of observed) {
        if (printed.get(o.name) !== o.message) ctx.io.out(o.message);
        printed.set(o.name, o.message);
      }
    }
    const result = verdict(observed);
    const finish = (error?: OpsError) => {
      if (ctx.output === 'json') {
        ctx.io.out(renderJson({ namespace: conn.namespace, release: ctx.release, deployments: observed }));
      }
      if (error) throw error;
    };
    if (result === 'complete') return finish();
    if (result === 'failed') {
      const failed = observed.filter((o) => o.state === 'failed' || o.state === 'paused');
      return finish(new OpsError('ROLLOUT_FAILED', failed.map((o) => o.message).join('; ')));
    }
    if (Date.now() >= deadline) {
      const waiting = observed.filter((o) => o.state !== 'complete').map((o) => o.name);
      return finish(
        new OpsError(
          'ROLLOUT_TIMEOUT',
          `timed out after ${formatDuration(timeoutMs)} waiting for ${waiting.length} of ${observed.length} ` +
            `Deployments to roll out: ${waiting.join(', ')}`,
        ),
      );
    }
    await sleep(Math.min(pollIntervalMs, Math.max(0, deadline - Date.now())));
    const next = await lookAgain(ctx, domain);
    if (next instanceof OpsError) {
      if (Date.now() >= deadline) throw next;
      if (!lostServer) ctx.io.err(`warning: ${next.message}; still waiting`);
      lostServer = true;
    } else {
      deployments = next;
      lostServer = false;
    }
  }
}
