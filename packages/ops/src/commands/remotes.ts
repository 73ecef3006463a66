/**
 * `remotes`: the remote map the host serves in /runtime-config.json, computed from the environment the host
 * Deployment's container really gets (its ConfigMaps, the `<fullname>-host-config` of the chart, and its
 * own env entries, which win) with the same rules as the image's start script.
 */
import type { V1Container } from '@kubernetes/client-node';
import { OpsError } from '../errors.ts';
import { renderJson, renderTable } from '../format.ts';
import { httpStatus } from '../kube.ts';
import { labels } from '../labels.ts';
import { releaseDeployments, request } from '../release.ts';
import { effectiveRuntimeConfig, unknownRemotes } from '../remote-map.ts';
import type { CommandContext } from './context.ts';

async function readConfigMap(ctx: CommandContext, name: string, optional: boolean) {
  try {
    return (await ctx.conn.core.readNamespacedConfigMap({ name, namespace: ctx.conn.namespace })).data ?? {};
  } catch (error) {
    if (httpStatus(error) === 404) {
      if (optional) return {};
      throw new OpsError(
        'FAILED',
        `ConfigMap ${name} that the host reads is missing in namespace "${ctx.conn.namespace}"`,
      );
    }
    return request(ctx.conn, () => Promise.reject(error));
  }
}

/** The container's environment as the kubelet builds it: envFrom in order, then env entries over them. */
async function containerEnvironment(ctx: CommandContext, container: V1Container) {
  const env: Record<string, string> = {};
  const configMaps: string[] = [];
  for (const source of container.envFrom ?? []) {
    const name = source.configMapRef?.name;
    if (!name) continue;
    configMaps.push(name);
    const data = await readConfigMap(ctx, name, source.configMapRef?.optional === true);
    for (const [key, value] of Object.entries(data)) env[`${source.prefix ?? ''}${key}`] = value;
  }
  for (const variable of container.env ?? []) {
    const ref = variable.valueFrom?.configMapKeyRef;
    if (variable.value !== undefined) env[variable.name] = variable.value;
    else if (ref?.name) {
      const value = (await readConfigMap(ctx, ref.name, ref.optional === true))[ref.key];
      if (value !== undefined) env[variable.name] = value;
    }
  }
  return { env, configMaps };
}

export async function remotes(ctx: CommandContext): Promise<void> {
  const deployments = await releaseDeployments(ctx.conn, { release: ctx.release, domain: 'host' });
  const host = deployments.find((d) => d.metadata?.labels?.[labels.component] === 'mfe');
  const container = host?.spec?.template.spec?.containers[0];
  if (!host || !container) {
    throw new OpsError(
      'FAILED',
      `release "${ctx.release}" in namespace "${ctx.conn.namespace}" has no host micro frontend Deployment`,
    );
  }
  const { env, configMaps } = await containerEnvironment(ctx, container);
  const config = effectiveRuntimeConfig(env);
  const ignored = unknownRemotes(env);
  if (ignored.length > 0) {
    ctx.io.err(
      `warning: REMOTES names ${ignored.join(', ')}, which are not remotes of the platform; the host ignores them`,
    );
  }
  if (ctx.output === 'json') {
    ctx.io.out(renderJson({ source: { deployment: host.metadata?.name, configMaps }, ...config }));
    return;
  }
  ctx.io.out(
    renderTable(
      ['remote', 'entry', 'route'],
      Object.entries(config.remotes).map(([name, remote]) => [name, remote.entry, remote.route]),
    ),
  );
}
