import { describe, expect, it } from 'vitest';
import { hpaRefusal, valuesPath } from '../src/commands/scale.ts';
import { closestDomain, componentsOf, knownDomains } from '../src/domains.ts';
import { parseImage, shortImage } from '../src/images.ts';
import { autoscalerFor, byDomain, workloadOf } from '../src/workload.ts';
import { autoscaler, deployment, replicaSet } from './fixtures.ts';

describe('workloadOf', () => {
  it('summarises replicas, images and the rollout of the current revision', () => {
    const d = deployment({ replicas: 3, ready: 2, available: 2, revision: '4' });
    const old = replicaSet(d, '3', '2026-01-01T00:00:00Z');
    const current = replicaSet(d, '4', '2026-01-03T10:00:00Z');
    const w = workloadOf(d, [], [old, current]);
    expect(w).toMatchObject({
      domain: 'cart',
      component: 'service',
      name: 'emporium-cart-service',
      replicas: { desired: 3, ready: 2, updated: 3, available: 2 },
      autoscaler: null,
      images: [
        { container: 'cart-service', repository: 'emporium/cart-service', tag: '0.1.0', digest: null },
      ],
      rollout: { revision: 4, state: 'progressing', since: '2026-01-03T10:00:00.000Z' },
    });
  });

  it('falls back to the Progressing condition time without a matching ReplicaSet', () => {
    const d = deployment();
    const stranger = replicaSet(deployment({ domain: 'order' }), '3', '2026-01-05T00:00:00Z');
    expect(workloadOf(d, [], [stranger]).rollout.since).toBe('2026-01-02T00:00:00.000Z');
  });

  it('attaches the autoscaler that targets the Deployment, by scaleTargetRef', () => {
    const d = deployment();
    const other = autoscaler('emporium-cart-mfe');
    const mine = autoscaler('emporium-cart-service', { current: 35 });
    expect(autoscalerFor(d, [other, mine])).toBe(mine);
    expect(workloadOf(d, [other, mine], []).autoscaler).toEqual({
      name: 'emporium-cart-service',
      minReplicas: 2,
      maxReplicas: 10,
      targetCPUPercent: 70,
      currentCPUPercent: 35,
      currentReplicas: 3,
      desiredReplicas: 3,
    });
    expect(workloadOf(d, [other], []).autoscaler).toBeNull();
  });

  it('orders workloads as the registry lists domains, service before micro frontend', () => {
    const names = [
      deployment({ domain: 'host', component: 'mfe' }),
      deployment({ domain: 'cart', component: 'mfe' }),
      deployment({ domain: 'cart', component: 'service' }),
      deployment({ domain: 'user', component: 'service' }),
    ]
      .map((d) => workloadOf(d, [], []))
      .sort(byDomain)
      .map((w) => w.name);
    expect(names).toEqual([
      'emporium-user-service',
      'emporium-cart-service',
      'emporium-cart-mfe',
      'emporium-host-mfe',
    ]);
  });
});

describe('images', () => {
  it('splits registry ports, tags and digests', () => {
    expect(parseImage('registry.local:5000/emporium/cart-service:1.2.3')).toEqual({
      image: 'registry.local:5000/emporium/cart-service:1.2.3',
      repository: 'registry.local:5000/emporium/cart-service',
      tag: '1.2.3',
      digest: null,
    });
    expect(parseImage('registry.local:5000/emporium/cart-service')).toMatchObject({
      tag: 'latest',
      digest: null,
    });
    const pinned = parseImage(`emporium/cart-mfe@sha256:${'ab'.repeat(32)}`);
    expect(pinned).toMatchObject({
      repository: 'emporium/cart-mfe',
      tag: null,
      digest: `sha256:${'ab'.repeat(32)}`,
    });
    expect(shortImage(pinned)).toBe('emporium/cart-mfe@sha256:abababababab');
    expect(shortImage(parseImage('nginx'))).toBe('nginx:latest');
  });
});

describe('domains', () => {
  it('come from the registry, with the components each has', () => {
    expect(knownDomains()).toContain('products');
    expect(componentsOf('cart')).toEqual(['service', 'mfe']);
    expect(componentsOf('user')).toEqual(['service']);
    expect(componentsOf('host')).toEqual(['mfe']);
    expect(componentsOf('warehouse')).toEqual([]);
  });

  it('suggest the closest domain for a typo only', () => {
    expect(closestDomain('prodcut')).toBe('product');
    expect(closestDomain('Logistic')).toBe('logistics');
    expect(closestDomain('zzzzzz')).toBeUndefined();
  });
});

describe('hpaRefusal', () => {
  it('names the autoscaler, its range and the Helm values that change it', () => {
    const d = deployment();
    const error = hpaRefusal(d, autoscaler('emporium-cart-service'), 'cart', 'service', {
      release: 'emporium',
      namespace: 'shop',
    });
    expect(error.code).toBe('HPA_OWNS_REPLICAS');
    expect(error.exitCode).toBe(5);
    expect(error.message).toBe(
      'refusing to scale emporium-cart-service: the HorizontalPodAutoscaler emporium-cart-service owns its replica ' +
        'count (min 2, max 10); change the range through Helm values: helm upgrade emporium <chart> -n shop ' +
        '--reuse-values --set services.cart.autoscaling.minReplicas=<min>,services.cart.autoscaling.maxReplicas=<max> ' +
        '(or services.cart.autoscaling.enabled=false with services.cart.replicas=<n>)',
    );
  });

  it('points at kubectl for an autoscaler that is not the chart’s', () => {
    const error = hpaRefusal(deployment(), autoscaler('custom', { labels: {} }), 'cart', 'mfe', {
      release: 'emporium',
      namespace: 'shop',
    });
    expect(error.message).toContain(
      "it is not the chart's: change or delete it with kubectl -n shop edit hpa custom",
    );
    expect(valuesPath('cart', 'mfe')).toBe('mfes.cart');
  });
});
