/**
 * What the cluster tests share: the kubeconfig of the real API server (KUBECONFIG), a namespace of their own,
 * the chart installed into it with Helm 4, the CLI run as a real process, and API reads to check its effects.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppsV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';

const repo = join(import.meta.dirname, '../../..');
const cli = join(repo, 'packages/ops/src/cli.ts');
const run = promisify(execFile);

export function kubeconfigPath(): string {
  const path = process.env.KUBECONFIG;
  if (!path) throw new Error('cluster tests need KUBECONFIG pointing at a real Kubernetes API server');
  return path;
}

export function kubeConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfigPath());
  return kc;
}

export const apps = () => kubeConfig().makeApiClient(AppsV1Api);
export const core = () => kubeConfig().makeApiClient(CoreV1Api);

export function helm4(): string {
  return process.env.EMPORIUM_HELM4 ?? join(repo, '.tools/bin/helm4');
}

export const uniqueNamespace = (purpose: string) => `ops-test-${purpose}-${randomBytes(3).toString('hex')}`;

export async function createNamespace(name: string): Promise<void> {
  await core().createNamespace({ body: { metadata: { name, labels: { 'emporium.dev/test': 'ops' } } } });
}

/** Deletes the namespace and everything in it, without waiting for the finalizers. */
export async function deleteNamespace(name: string): Promise<void> {
  await core()
    .deleteNamespace({ name })
    .catch(() => undefined);
}

/** The tag `make images` gives local builds, which the cluster's node may have loaded. */
export const imageTag = 'dev';

/**
 * The chart, light: external MongoDB whose URI Secret is never created (no database, so services cannot
 * start), one replica each, one autoscaled domain, local images only (never pulled).
 */
export const installValues = {
  environment: 'ops-test',
  image: { tag: imageTag, pullPolicy: 'Never' },
  mongodb: { mode: 'external', external: { uriSecret: 'emporium-mongodb-uris' } },
  networkPolicy: { enabled: false },
  tests: { enabled: false },
  ingress: { enabled: false },
  serviceDefaults: { replicas: 1, podDisruptionBudget: { enabled: false } },
  mfeDefaults: { replicas: 1, podDisruptionBudget: { enabled: false } },
  services: {
    cart: { resourcesPreset: 'small', autoscaling: { enabled: true, minReplicas: 1, maxReplicas: 3 } },
  },
  frontend: {
    remotes: ['products', 'cart', 'auth'],
    remotesOrigin: 'https://cdn.example.com',
    remoteEntries: { cart: 'https://cart.example.com/mf-manifest.json' },
  },
};

export async function helmInstall(release: string, namespace: string, values: object): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'ops-values-')), 'values.json');
  writeFileSync(file, JSON.stringify(values));
  await run(
    helm4(),
    ['install', release, join(repo, 'charts/emporium'), '-n', namespace, '--create-namespace', '-f', file],
    { env: { ...process.env, KUBECONFIG: kubeconfigPath() }, timeout: 180_000 },
  );
}

/** `helm upgrade` of the chart with Helm 4; resolves with its exit code and output instead of throwing. */
export async function helmUpgrade(
  release: string,
  namespace: string,
  args: readonly string[],
): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(
      helm4(),
      ['upgrade', release, join(repo, 'charts/emporium'), '-n', namespace, ...args],
      {
        env: { ...process.env, KUBECONFIG: kubeconfigPath() },
        timeout: 180_000,
      },
    );
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : 1,
      stderr: failed.stderr ?? String(error),
    };
  }
}

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `node packages/ops/src/cli.ts ...args` with KUBECONFIG set, as a script would. */
export function ops(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, KUBECONFIG: kubeconfigPath(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Polls until `check` returns a value other than undefined, or fails after `ms`. */
export async function eventually<T>(
  what: string,
  ms: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms}ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A kubeconfig whose server refuses every connection (fetch will not even dial port 1). */
export function unreachableKubeconfig(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ops-unreachable-')), 'kubeconfig');
  writeFileSync(
    file,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'gone', cluster: { server: 'https://127.0.0.1:1' } }],
      contexts: [{ name: 'gone', context: { cluster: 'gone', user: 'nobody' } }],
      'current-context': 'gone',
      users: [{ name: 'nobody', user: { token: 'none' } }],
    }),
  );
  return file;
}

/** A copy of the test kubeconfig whose current context defaults to `namespace`. */
export function kubeconfigWithNamespace(namespace: string): string {
  const kc = kubeConfig();
  const current = kc.getCurrentContext();
  const file = join(mkdtempSync(join(tmpdir(), 'ops-context-')), 'kubeconfig');
  const exported = JSON.parse(kc.exportConfig()) as {
    contexts: { name: string; context: { namespace?: string } }[];
  };
  for (const context of exported.contexts)
    if (context.name === current) context.context.namespace = namespace;
  writeFileSync(file, JSON.stringify(exported));
  return file;
}

/** Whether a Ready node has the image (`emporium/auth-mfe:dev`), so pods of it can run. */
export async function readyNodeHasImage(image: string): Promise<boolean> {
  const nodes = await core().listNode();
  return nodes.items.some(
    (n) =>
      n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') &&
      n.status.images?.some((i) => i.names?.some((name) => name === image || name.endsWith(`/${image}`))),
  );
}
