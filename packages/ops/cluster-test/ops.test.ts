/**
 * emporium-ops against a real Kubernetes API server (KUBECONFIG): the chart installed with Helm 4 into a
 * namespace of the test's own, the CLI spawned as a process, and every effect read back from the API server.
 * Nothing here needs pods to run, except the completed rollout of running pods, which needs a Ready node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apps,
  createNamespace,
  deleteNamespace,
  eventually,
  helmInstall,
  helmUpgrade,
  imageTag,
  installValues,
  kubeconfigWithNamespace,
  ops,
  readyNodeHasImage,
  uniqueNamespace,
  unreachableKubeconfig,
} from './support.ts';

// A release name unlike the chart's, so names come from labels: workloads are shop-emporium-<domain>-<kind>.
const release = 'shop';
const namespace = uniqueNamespace('release');
const emptyNamespace = uniqueNamespace('empty');
const inRelease = ['-n', namespace, '--release', release];
const workloadCount = 17; // 9 services + 8 micro frontends in the registry

const replicasOf = async (name: string) =>
  (await apps().readNamespacedDeployment({ name, namespace })).spec?.replicas;

function jsonError(stderr: string): { code: string; message: string } {
  return (JSON.parse(stderr) as { error: { code: string; message: string } }).error;
}

beforeAll(async () => {
  await createNamespace(emptyNamespace);
  await helmInstall(release, namespace, installValues);
}, 240_000);

afterAll(async () => {
  await deleteNamespace(namespace);
  await deleteNamespace(emptyNamespace);
});

describe('status', () => {
  it('lists every domain workload with replicas, autoscaler, image and rollout', async () => {
    const table = await ops(['status', ...inRelease]);
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^DOMAIN +COMPONENT +DEPLOYMENT +READY +HPA +CPU +IMAGE +REVISION +ROLLOUT +SINCE$/,
    );
    expect(lines).toHaveLength(workloadCount + 1);
    expect(lines[1]).toMatch(
      /^user +service +shop-emporium-user-service +\d\/1 +- +- +emporium\/user-service:\S+ +1 +\w+ +\d+[smhd]$/,
    );
    expect(table.stdout).toMatch(
      /^cart +service +shop-emporium-cart-service +\d\/1 +\S+ \(1-3\) +\S+\/70% /m,
    );

    const json = await ops(['status', ...inRelease, '-o', 'json']);
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout);
    expect(body).toMatchObject({ namespace, release });
    expect(body.workloads).toHaveLength(workloadCount);
    const cart = body.workloads.find((w: { name: string }) => w.name === 'shop-emporium-cart-service');
    expect(cart).toMatchObject({
      domain: 'cart',
      component: 'service',
      autoscaler: {
        name: 'shop-emporium-cart-service',
        minReplicas: 1,
        maxReplicas: 3,
        targetCPUPercent: 70,
      },
      images: [{ container: 'cart-service', repository: 'emporium/cart-service' }],
      rollout: { revision: 1 },
    });
    const hostMfe = body.workloads.find((w: { name: string }) => w.name === 'shop-emporium-host-mfe');
    expect(hostMfe).toMatchObject({
      domain: 'host',
      component: 'mfe',
      autoscaler: null,
      replicas: { desired: 1 },
    });
  });

  it('narrows to one domain, and takes the namespace from the kubeconfig context', async () => {
    const kubeconfig = kubeconfigWithNamespace(namespace);
    const result = await ops([
      'status',
      'content',
      '--release',
      release,
      '--kubeconfig',
      kubeconfig,
      '-o',
      'json',
    ]);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.namespace).toBe(namespace);
    expect(body.workloads.map((w: { name: string }) => w.name)).toEqual([
      'shop-emporium-content-service',
      'shop-emporium-content-mfe',
    ]);
  });
});

describe('scale', () => {
  it('scales a domain’s service and micro frontend together through the scale subresource', async () => {
    const result = await ops(['scale', 'support', '3', ...inRelease]);
    expect(result.stderr).toBe(
      'note: give your next helm upgrade of shop --set services.support.replicas=3,mfes.support.replicas=3 ' +
        "(without it Helm 3 puts the chart's replicas back and Helm 4 stops on a conflict over .spec.replicas)\n",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^support +service +shop-emporium-support-service +1 -> 3$/m);
    expect(await replicasOf('shop-emporium-support-service')).toBe(3);
    expect(await replicasOf('shop-emporium-support-mfe')).toBe(3);
  });

  it('prints the --set that keeps the counts through helm upgrade, which Helm 4 otherwise refuses', async () => {
    // Helm 4 applies server-side: the scale above made emporium-ops the owner of .spec.replicas.
    const plain = await helmUpgrade(release, namespace, ['--reuse-values']);
    expect(plain.code).not.toBe(0);
    expect(plain.stderr).toContain('conflict with "emporium-ops" with subresource "scale"');
    expect(await replicasOf('shop-emporium-support-service')).toBe(3);
    const kept = await helmUpgrade(release, namespace, [
      '--reuse-values',
      '--set',
      'services.support.replicas=3,mfes.support.replicas=3',
    ]);
    expect(kept.stderr).not.toContain('Error');
    expect(kept.code).toBe(0);
    expect(await replicasOf('shop-emporium-support-service')).toBe(3);
    expect(await replicasOf('shop-emporium-support-mfe')).toBe(3);
  });

  it('scales only one component with --only', async () => {
    const result = await ops(['scale', 'content', '0', '--only', 'mfe', ...inRelease, '-o', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).scaled).toEqual([
      { domain: 'content', component: 'mfe', name: 'shop-emporium-content-mfe', from: 1, to: 0 },
    ]);
    expect(JSON.parse(result.stdout).keepWithHelm).toEqual(['mfes.content.replicas=0']);
    expect(await replicasOf('shop-emporium-content-mfe')).toBe(0);
    expect(await replicasOf('shop-emporium-content-service')).toBe(1);
  });

  it('refuses with exit 5 when an autoscaler owns the replicas, and changes nothing', async () => {
    const table = await ops(['scale', 'cart', '2', ...inRelease]);
    expect(table.code).toBe(5);
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe(
      'error: refusing to scale shop-emporium-cart-service: the HorizontalPodAutoscaler shop-emporium-cart-service ' +
        `owns its replica count (min 1, max 3); change the range through Helm values: helm upgrade shop <chart> -n ${namespace} ` +
        '--reuse-values --set services.cart.autoscaling.minReplicas=<min>,services.cart.autoscaling.maxReplicas=<max> ' +
        '(or services.cart.autoscaling.enabled=false with services.cart.replicas=<n>)\n',
    );
    // The micro frontend has no autoscaler, but the domain is refused whole rather than half scaled.
    expect(await replicasOf('shop-emporium-cart-mfe')).toBe(1);

    const json = await ops(['scale', 'cart', '2', '--only', 'service', ...inRelease, '-o', 'json']);
    expect(json.code).toBe(5);
    expect(json.stdout).toBe('');
    expect(jsonError(json.stderr)).toMatchObject({ code: 'HPA_OWNS_REPLICAS' });
    expect(jsonError(json.stderr).message).toContain('min 1, max 3');

    const mfeOnly = await ops(['scale', 'cart', '2', '--only', 'mfe', ...inRelease]);
    expect(mfeOnly.code).toBe(0);
    expect(await replicasOf('shop-emporium-cart-mfe')).toBe(2);
  });

  it('rejects a bad number and an unknown domain with exit 2 before touching the cluster', async () => {
    const number = await ops(['scale', 'support', 'three', ...inRelease]);
    expect(number.code).toBe(2);
    expect(number.stderr).toBe('error: replicas must be a non-negative integer, got "three"\n');
    const numberJson = await ops(['scale', 'support', '-2', ...inRelease, '-o', 'json']);
    expect(numberJson.code).toBe(2);
    expect(jsonError(numberJson.stderr)).toEqual({
      code: 'USAGE',
      message: 'replicas must be a non-negative integer, got "-2"',
    });

    const domain = await ops(['scale', 'wishlist', '1', ...inRelease]);
    expect(domain.code).toBe(2);
    expect(domain.stderr).toMatch(
      /^error: unknown domain "wishlist"; domains: user, product, cart, .*auth\n$/,
    );
    const domainJson = await ops(['status', 'prodcut', ...inRelease, '-o', 'json']);
    expect(domainJson.code).toBe(2);
    expect(jsonError(domainJson.stderr)).toMatchObject({ code: 'UNKNOWN_DOMAIN' });
    expect(jsonError(domainJson.stderr).message).toContain('did you mean "product"?');
    expect(await replicasOf('shop-emporium-support-service')).toBe(3);
  });
});

describe('restart', () => {
  it('stamps restartedAt on the pod template and the Deployment rolls a new ReplicaSet', async () => {
    const before = await apps().readNamespacedDeployment({ name: 'shop-emporium-orders-mfe', namespace });
    const result = await ops(['restart', 'orders', ...inRelease, '-o', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [restarted] = JSON.parse(result.stdout).restarted;
    expect(restarted).toMatchObject({ domain: 'orders', component: 'mfe', name: 'shop-emporium-orders-mfe' });
    expect(restarted.restartedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const after = await apps().readNamespacedDeployment({ name: 'shop-emporium-orders-mfe', namespace });
    expect(after.spec?.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toBe(
      restarted.restartedAt,
    );
    expect(after.metadata?.generation).toBe((before.metadata?.generation ?? 0) + 1);
    // The controller manager rolls it out: revision 2 and a second ReplicaSet of the Deployment.
    const replicaSets = await eventually('the restart ReplicaSet', 60_000, async () => {
      const list = await apps().listNamespacedReplicaSet({
        namespace,
        labelSelector: 'app.kubernetes.io/instance=shop,emporium.dev/domain=orders',
      });
      const revisions = list.items.map(
        (rs) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'],
      );
      return revisions.includes('2') ? revisions : undefined;
    });
    expect(replicaSets.sort()).toEqual(['1', '2']);
    const status = JSON.parse((await ops(['status', 'orders', ...inRelease, '-o', 'json'])).stdout);
    expect(status.workloads[0].rollout.revision).toBe(2);
  }, 90_000);

  it('restarts only the service of a domain that has both, with --only', async () => {
    const table = await ops(['restart', 'support', '--only', 'service', ...inRelease]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^support +service +shop-emporium-support-service +\d{4}-\d\d-\d\dT/m);
    const mfe = await apps().readNamespacedDeployment({ name: 'shop-emporium-support-mfe', namespace });
    expect(mfe.spec?.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toBeUndefined();
  });
});

describe('rollout status', () => {
  it('fails with exit 1 after --timeout while pods cannot become ready', async () => {
    // The user service reads its MongoDB URI from a Secret this install never created: it cannot start.
    const table = await ops(['rollout', 'status', 'user', '--timeout', '5s', ...inRelease]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('Waiting for deployment "shop-emporium-user-service"');
    expect(table.stderr).toBe(
      'error: timed out after 5s waiting for 1 of 1 Deployments to roll out: shop-emporium-user-service\n',
    );
    expect(table.ms).toBeLessThan(20_000);

    const json = await ops(['rollout', 'status', 'user', '--timeout', '5s', ...inRelease, '-o', 'json']);
    expect(json.code).toBe(1);
    expect(jsonError(json.stderr).code).toBe('ROLLOUT_TIMEOUT');
    expect(JSON.parse(json.stdout).deployments[0]).toMatchObject({
      name: 'shop-emporium-user-service',
      state: 'progressing',
    });
  }, 60_000);

  it('exits 0 once a rollout has completed (a service scaled to zero needs no pod)', async () => {
    const scaled = await ops(['scale', 'activity', '0', ...inRelease]);
    expect(scaled.code).toBe(0);
    const done = await ops(['rollout', 'status', 'activity', '--timeout', '60s', ...inRelease]);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('deployment "shop-emporium-activity-service" successfully rolled out');
  }, 90_000);

  it('exits 0 once the pods of a restarted micro frontend are ready on a node', async (ctx) => {
    const image = `emporium/auth-mfe:${imageTag}`;
    if (!(await readyNodeHasImage(image))) ctx.skip(`no Ready node with ${image}: its pods cannot run here`);
    const restarted = await ops(['restart', 'auth', ...inRelease]);
    expect(restarted.code).toBe(0);
    const done = await ops(['rollout', 'status', 'auth', '--timeout', '3m', ...inRelease]);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('deployment "shop-emporium-auth-mfe" successfully rolled out');
    const auth = await apps().readNamespacedDeployment({ name: 'shop-emporium-auth-mfe', namespace });
    expect(auth.status).toMatchObject({
      observedGeneration: auth.metadata?.generation,
      updatedReplicas: 1,
      readyReplicas: 1,
    });
    expect(auth.status?.replicas).toBe(1);
  }, 240_000);
});

describe('remotes', () => {
  it('prints the host’s effective remote map from the host config in the cluster', async () => {
    const table = await ops(['remotes', ...inRelease]);
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split('\n')).toEqual([
      'REMOTE    ENTRY                                                  ROUTE',
      'products  https://cdn.example.com/mfe/products/mf-manifest.json  /products',
      'cart      https://cart.example.com/mf-manifest.json              /cart',
      'auth      https://cdn.example.com/mfe/auth/mf-manifest.json      /auth',
    ]);

    const json = await ops(['remotes', ...inRelease, '-o', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      source: { deployment: 'shop-emporium-host-mfe', configMaps: ['shop-emporium-host-config'] },
      environment: 'ops-test',
      apiOrigin: '',
      remotes: {
        products: {
          name: 'mfe_products',
          entry: 'https://cdn.example.com/mfe/products/mf-manifest.json',
          route: '/products',
        },
        cart: { name: 'mfe_cart', entry: 'https://cart.example.com/mf-manifest.json', route: '/cart' },
        auth: {
          name: 'mfe_auth',
          entry: 'https://cdn.example.com/mfe/auth/mf-manifest.json',
          route: '/auth',
        },
      },
    });
  });
});

describe('errors', () => {
  it('exits 4 naming the namespace when the release is not there', async () => {
    const empty = await ops(['status', '-n', emptyNamespace]);
    expect(empty.code).toBe(4);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toBe(
      `error: release "emporium" not found in namespace "${emptyNamespace}" (no Deployments labelled ` +
        'app.kubernetes.io/instance=emporium and no Helm release Secret sh.helm.release.v1.emporium.*); ' +
        'pass -n <namespace> or --release <name> (helm list -A lists releases)\n',
    );
    const json = await ops(['remotes', '-n', emptyNamespace, '--release', release, '-o', 'json']);
    expect(json.code).toBe(4);
    expect(jsonError(json.stderr)).toMatchObject({ code: 'RELEASE_NOT_FOUND' });
    expect(jsonError(json.stderr).message).toContain(
      `release "shop" not found in namespace "${emptyNamespace}"`,
    );

    // A namespace with another release: the default release name is not found there either.
    const other = await ops(['scale', 'cart', '1', '--only', 'mfe', '-n', namespace]);
    expect(other.code).toBe(4);
  });

  it('exits 3 fast with the server address when the API server is unreachable', async () => {
    const kubeconfig = unreachableKubeconfig();
    const table = await ops(['status', '--kubeconfig', kubeconfig]);
    expect(table.code).toBe(3);
    expect(table.ms).toBeLessThan(10_000);
    expect(table.stderr).toMatch(
      /^error: cannot reach the Kubernetes API server at https:\/\/127\.0\.0\.1:1: .+\n$/,
    );
    const json = await ops(['rollout', 'status', '--kubeconfig', kubeconfig, '-o', 'json']);
    expect(json.code).toBe(3);
    expect(jsonError(json.stderr).code).toBe('UNREACHABLE');
    expect(jsonError(json.stderr).message).toContain('https://127.0.0.1:1');
  });
});
