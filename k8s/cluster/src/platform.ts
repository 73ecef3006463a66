/**
 * The platform on the project's cluster: the embedded-db image as the release's external MongoDB (the
 * official `mongo` image cannot be pulled here), seeded from this machine the way `make up` seeds, then the
 * chart installed with Helm 4 and the local-cluster values, waiting until every Deployment is Available.
 */
import { join } from 'node:path';
import { seedAll } from '@emporium/local-platform';
import { services } from '@emporium/registry';
import { helm, kubectl, repoRoot } from './tools.ts';

/** Traefik's port on this machine (cluster.sh, INGRESS_PORT) and the Ingress host the values name. */
export const ingressPort = Number(process.env.INGRESS_PORT || 8300);
const ingressHost = 'emporium.localhost';
/** Chromium resolves *.localhost to this machine, so any such Ingress host works without /etc/hosts. */
export const ingressUrlOf = (host: string) => `http://${host}:${ingressPort}`;
export const ingressUrl = ingressUrlOf(ingressHost);

export const chartDir = join(repoRoot, 'charts', 'emporium');
export const clusterValues = [
  join(repoRoot, 'k8s', 'values', 'local.yaml'),
  join(repoRoot, 'k8s', 'values', 'cluster.yaml'),
];
const databaseManifest = join(repoRoot, 'k8s', 'cluster', 'manifests', 'database.yaml');
/** The Secret k8s/values/cluster.yaml names: one MongoDB URI per service. */
const uriSecret = 'emporium-mongodb-uris';

export interface Target {
  readonly kubeconfig: string;
  readonly namespace: string;
}

export interface InstallOptions extends Target {
  readonly release: string;
  /** Extra `--set` values, applied after the cluster values files. */
  readonly set?: Readonly<Record<string, string>>;
  readonly timeout?: string;
  readonly log?: (line: string) => void;
}

function setFlags(set: Readonly<Record<string, string>> = {}): string[] {
  return Object.entries(set).flatMap(([key, value]) => ['--set', `${key}=${value}`]);
}

/** Applies a manifest produced by `kubectl create --dry-run`, so re-running is harmless. */
async function applyGenerated(target: Target, createArgs: readonly string[]): Promise<void> {
  const { stdout } = await kubectl(target.kubeconfig, [...createArgs, '--dry-run=client', '-o', 'yaml']);
  await kubectl(target.kubeconfig, ['apply', '-f', '-'], { input: stdout });
}

/** The database Deployment, its Service and the URI Secret, ready to take connections. */
export async function installDatabase(target: Target): Promise<void> {
  const { kubeconfig, namespace } = target;
  await applyGenerated(target, ['create', 'namespace', namespace]);
  await kubectl(kubeconfig, ['-n', namespace, 'apply', '-f', databaseManifest]);
  const uri = `mongodb://emporium-db.${namespace}.svc.cluster.local:27017/`;
  await applyGenerated(target, [
    '-n',
    namespace,
    'create',
    'secret',
    'generic',
    uriSecret,
    ...services.map((s) => `--from-literal=${s.name}=${uri}`),
  ]);
  await kubectl(kubeconfig, [
    '-n',
    namespace,
    'rollout',
    'status',
    'deployment/emporium-db',
    '--timeout=120s',
  ]);
}

/** Loads every service's seed data (catalog, dev accounts, content...) once, through the database's Service. */
export async function seedDatabase(target: Target, log: (line: string) => void = () => {}): Promise<void> {
  const { stdout: clusterIp } = await kubectl(target.kubeconfig, [
    '-n',
    target.namespace,
    'get',
    'service',
    'emporium-db',
    '-o',
    'jsonpath={.spec.clusterIP}',
  ]);
  await seedAll({
    names: services.map((s) => s.name),
    repoRoot,
    env: { ...process.env, MONGODB_URI: `mongodb://${clusterIp}:27017/`, LOG_LEVEL: 'warn' },
    ifEmpty: true,
    log,
  });
}

/** `helm upgrade --install --wait`: returns once every Deployment of the release is Available. */
export async function installRelease(options: InstallOptions): Promise<void> {
  await helm(options.kubeconfig, [
    'upgrade',
    '--install',
    options.release,
    chartDir,
    '--namespace',
    options.namespace,
    ...clusterValues.flatMap((file) => ['--values', file]),
    ...setFlags(options.set),
    '--wait',
    '--timeout',
    options.timeout ?? '5m',
  ]);
}

/** Database, seed data and release: the whole platform in one namespace. */
export async function installPlatform(options: InstallOptions): Promise<void> {
  await installDatabase(options);
  await seedDatabase(options, options.log);
  await installRelease(options);
}
