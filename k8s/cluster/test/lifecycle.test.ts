/**
 * The chart's whole life on a real Kubernetes (the project's single node): install waits until every
 * Deployment is Available, `helm test` checks every domain through its Service, a person's browser reaches
 * the host and a product page through the Ingress and puts the product in the bag, an upgrade that changes
 * two values rolls exactly the two pods they concern (and keeps the generated secrets), a rollback restores
 * the first revision, and uninstall leaves nothing of the release behind.
 */
import http from 'node:http';
import { join } from 'node:path';
import { apiPrefix, serviceDependencies, services } from '@emporium/registry';
import { AppsV1Api, CoreV1Api, KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from '../../../e2e/support/browser.ts';
import { expectAddedToBag, expectHomeWithRemotes, expectProductPage } from '../../../e2e/support/smoke.ts';
import { ingressPort, ingressUrlOf, installPlatform, installRelease } from '../src/platform.ts';
import { helm, kubectl, repoRoot, run } from '../src/tools.ts';

const namespace = 'emporium-lifecycle';
const release = 'emporium';
const selector = `app.kubernetes.io/instance=${release}`;
// A host of its own, so a release of `make cluster-up` on the same cluster never shares its routes.
const ingressHost = 'lifecycle.emporium.localhost';
const ingressUrl = ingressUrlOf(ingressHost);
const hostValue = { 'ingress.hosts[0]': ingressHost };
const opsCli = join(repoRoot, 'packages', 'ops', 'src', 'cli.ts');

const kubeconfig = process.env.KUBECONFIG ?? '';
const kc = new KubeConfig();
let apps: AppsV1Api;
let core: CoreV1Api;
let browser: Browser | undefined;

async function deployments(): Promise<V1Deployment[]> {
  return (await apps.listNamespacedDeployment({ namespace, labelSelector: selector })).items;
}

/** Pod name -> uid for the release's running pods: a rolled pod gets a new name and uid. */
async function pods(): Promise<Map<string, string>> {
  const list = await core.listNamespacedPod({ namespace, labelSelector: selector });
  return new Map(
    list.items
      .filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)
      .map((p) => [p.metadata?.name ?? '', p.metadata?.uid ?? '']),
  );
}

function available(d: V1Deployment): boolean {
  const condition = d.status?.conditions?.find((c) => c.type === 'Available');
  return condition?.status === 'True' && (d.status?.readyReplicas ?? 0) === (d.spec?.replicas ?? 1);
}

/** A GET through Traefik with the Ingress host, as a browser sends it (Node's fetch cannot set Host). */
function throughIngress(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: '127.0.0.1', port: ingressPort, path, headers: { host: ingressHost } },
      (reply) => {
        let body = '';
        reply.setEncoding('utf8');
        reply.on('data', (chunk: string) => {
          body += chunk;
        });
        reply.on('end', () =>
          reply.statusCode === 200
            ? resolve(body)
            : reject(new Error(`GET ${path}: ${reply.statusCode} ${body}`)),
        );
      },
    );
    request.on('error', reject);
  });
}

/** The Deployment a pod belongs to: its name without the ReplicaSet hash and pod suffix. */
const owner = (pod: string) => pod.replace(/-[a-z0-9]{8,10}-[a-z0-9]{5}$/, '');

async function secretData(): Promise<Record<string, Record<string, string>>> {
  const list = await core.listNamespacedSecret({ namespace, labelSelector: selector });
  return Object.fromEntries(
    list.items.filter((s) => s.type === 'Opaque').map((s) => [s.metadata?.name ?? '', s.data ?? {}]),
  );
}

beforeAll(async () => {
  if (!kubeconfig) throw new Error('KUBECONFIG is not set: run with `make test-cluster`');
  kc.loadFromFile(kubeconfig);
  apps = kc.makeApiClient(AppsV1Api);
  core = kc.makeApiClient(CoreV1Api);
  await kubectl(kubeconfig, ['delete', 'namespace', namespace, '--ignore-not-found', '--wait=true']);
  const started = Date.now();
  await installPlatform({ kubeconfig, namespace, release, set: hostValue });
  process.stderr.write(
    `platform installed and Available in ${Math.round((Date.now() - started) / 1000)} s\n`,
  );
});

afterAll(async () => {
  await browser?.close();
  await kubectl(kubeconfig, ['delete', 'namespace', namespace, '--ignore-not-found', '--wait=false']);
});

describe('the chart on a real cluster', () => {
  it('brings every Deployment of every domain to Available', async () => {
    const list = await deployments();
    // Nine services and eight micro frontends.
    expect(list.map((d) => d.metadata?.name).sort()).toHaveLength(17);
    expect(list.filter((d) => !available(d)).map((d) => d.metadata?.name)).toEqual([]);
  });

  it('passes `helm test`: every domain answers /health through its Service', async () => {
    const { code, stdout } = await helm(kubeconfig, ['test', release, '-n', namespace, '--logs'], {
      allowFailure: true,
    });
    expect(stdout).toContain('Phase:          Succeeded');
    expect(stdout).not.toContain('FAIL');
    expect(code).toBe(0);
  });

  it('enforces the NetworkPolicies: a service reaches exactly the services it depends on, never a micro frontend', async () => {
    // From inside each service's pod (node is there), a GET to every other service and to the host MFE
    // through their Services; kube-router rejects what no policy allows, so a refusal comes back at once.
    const probe =
      'Promise.all(process.argv.slice(1).map((u) => fetch(u, { signal: AbortSignal.timeout(4000) })' +
      ".then(() => 'open', (e) => (e.cause?.code === 'ECONNREFUSED' ? 'refused' : 'error ' + (e.cause?.code ?? e.name)))))" +
      '.then((r) => console.log(JSON.stringify(r)))';
    const seen: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    for (const from of services) {
      const targets = services.filter((to) => to.name !== from.name);
      const urls = [
        ...targets.map((to) => `http://${release}-${to.name}-service:${to.port}/health`),
        `http://${release}-host-mfe:8080/`,
      ];
      const { stdout } = await kubectl(kubeconfig, [
        '-n',
        namespace,
        'exec',
        `deployment/${release}-${from.name}-service`,
        '--',
        'node',
        '-e',
        probe,
        ...urls,
      ]);
      const answers = JSON.parse(stdout) as string[];
      seen[from.name] = Object.fromEntries(
        [...targets.map((to) => to.name), 'host-mfe'].map((to, i) => [to, answers[i] ?? '']),
      );
      expected[from.name] = Object.fromEntries([
        ...targets.map((to) => [
          to.name,
          serviceDependencies(from.name).includes(to.name) ? 'open' : 'refused',
        ]),
        ['host-mfe', 'refused'],
      ]);
    }
    expect(seen).toEqual(expected);
  });

  describe('in the browser, through the Ingress', () => {
    let watched: WatchedPage;
    let page: Page;

    beforeAll(async () => {
      browser = await launchBrowser();
      watched = await openPage(browser);
      page = watched.page;
    });

    it('loads the host with its remotes', async () => {
      await expectHomeWithRemotes(page, ingressUrl);
      await watched.screenshot('cluster-home');
    });

    it('loads a product page and adds the product to the bag through the cart service', async () => {
      // Asked from the page, so the request takes the Ingress host Chromium resolves (*.localhost).
      const path = `${apiPrefix('product')}/products?limit=1&inStock=true`;
      const product = await page.evaluate(async (url) => {
        const reply = await fetch(url);
        return ((await reply.json()) as { items: { id: string; name: string }[] }).items[0];
      }, path);
      expect(product).toBeDefined();
      if (product) await expectProductPage(page, ingressUrl, product);
      await expectAddedToBag(page);
      await watched.screenshot('cluster-product');
      expect(watched.consoleErrors).toEqual([]);
    });
  });

  it('upgrades: a changed value rolls only the pods it concerns, generated secrets stay', async () => {
    const before = await pods();
    const secretsBefore = await secretData();
    // The cart service's log level (its own Deployment) and the host's remote list (the host's config).
    await installRelease({
      kubeconfig,
      namespace,
      release,
      set: {
        ...hostValue,
        'services.cart.logLevel': 'debug',
        'frontend.remotes': '{products,cart,auth,account}',
      },
    });
    const after = await pods();
    const replaced = [...before.keys()].filter((name) => after.get(name) !== before.get(name)).map(owner);
    expect(replaced.sort()).toEqual([`${release}-cart-service`, `${release}-host-mfe`]);
    expect((await deployments()).filter((d) => !available(d)).map((d) => d.metadata?.name)).toEqual([]);
    expect(await secretData()).toEqual(secretsBefore);
    const cart = (await deployments()).find((d) => d.metadata?.name === `${release}-cart-service`);
    const env = cart?.spec?.template.spec?.containers[0]?.env ?? [];
    expect(env.find((e) => e.name === 'LOG_LEVEL')?.value).toBe('debug');
  });

  it("gives the operator CLI's remote map exactly as the upgraded host serves it", async () => {
    // Until the old host pod is terminating, Traefik balances over both: wait until four answers in a row
    // agree, and agree on the new list.
    const servedConfigs = async () => {
      const answers = new Set<string>();
      for (let i = 0; i < 4; i++) {
        answers.add(
          JSON.stringify(
            (JSON.parse(await throughIngress('/runtime-config.json')) as { remotes: object }).remotes,
          ),
        );
      }
      return [...answers].map((answer) => JSON.parse(answer) as Record<string, unknown>);
    };
    await expect
      .poll(async () => (await servedConfigs()).map((remotes) => Object.keys(remotes).sort()), {
        timeout: 60_000,
        interval: 500,
      })
      .toEqual([['account', 'auth', 'cart', 'products']]);
    const [served] = await servedConfigs();
    const cli = await run(
      process.execPath,
      [opsCli, 'remotes', '-n', namespace, '--release', release, '-o', 'json'],
      {
        env: { ...process.env, KUBECONFIG: kubeconfig },
      },
    );
    expect((JSON.parse(cli.stdout) as { remotes: object }).remotes).toEqual(served);
  });

  it('rolls back to the first revision', async () => {
    await helm(kubeconfig, ['rollback', release, '1', '-n', namespace, '--wait', '--timeout', '5m']);
    const { stdout } = await helm(kubeconfig, ['history', release, '-n', namespace, '-o', 'json']);
    const history = JSON.parse(stdout) as { revision: number; status: string; description: string }[];
    expect(history.map((h) => [h.revision, h.status])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'deployed'],
    ]);
    expect(history.at(-1)?.description).toBe('Rollback to 1');
    const cart = (await deployments()).find((d) => d.metadata?.name === `${release}-cart-service`);
    const env = cart?.spec?.template.spec?.containers[0]?.env ?? [];
    expect(env.find((e) => e.name === 'LOG_LEVEL')?.value).not.toBe('debug');
    expect((await deployments()).filter((d) => !available(d)).map((d) => d.metadata?.name)).toEqual([]);
  });

  it('uninstalls, leaving nothing of the release behind', async () => {
    await helm(kubeconfig, ['uninstall', release, '-n', namespace, '--wait', '--timeout', '3m']);
    // ReplicaSets and pods go by the garbage collector's cascading delete, just after their Deployments.
    const left = async () => {
      const { stdout } = await kubectl(kubeconfig, [
        '-n',
        namespace,
        'get',
        'deployments,replicasets,pods,services,configmaps,secrets,ingresses,poddisruptionbudgets,networkpolicies,serviceaccounts,horizontalpodautoscalers',
        '-l',
        selector,
        '-o',
        'name',
      ]);
      return stdout.trim();
    };
    await expect.poll(left, { timeout: 90_000, interval: 1_000 }).toBe('');
    const status = await helm(kubeconfig, ['status', release, '-n', namespace], { allowFailure: true });
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain('release: not found');
  });
});
