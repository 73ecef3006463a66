import { mfes, services } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../src/helm.ts';
import { helmMajors, named, ofKind, render } from './support/scenarios.ts';

const workloads = [
  ...services.map((s) => ({ name: `emporium-${s.name}-service`, domain: s.name, port: s.port })),
  ...mfes.map((m) => ({ name: `emporium-${m.name}-mfe`, domain: m.name, port: 8080 })),
];

describe.each(helmMajors)('every domain of the registry (%s)', (major) => {
  it('gets a Deployment, a Service on its port and a PodDisruptionBudget', async () => {
    const objects = await render('default', major);
    expect(ofKind(objects, 'Deployment')).toHaveLength(workloads.length);
    for (const w of workloads) {
      const deployment = named(objects, 'Deployment', w.name);
      expect(deployment.metadata.labels['emporium.dev/domain']).toBe(w.domain);
      expect(deployment.spec.replicas).toBe(2);
      expect(deployment.spec.strategy.rollingUpdate).toEqual({ maxUnavailable: 0, maxSurge: '25%' });
      expect(deployment.spec.template.spec.containers[0].ports[0].containerPort).toBe(w.port);
      const service = named(objects, 'Service', w.name);
      expect(service.spec.ports[0]).toMatchObject({ port: w.port, targetPort: 'http' });
      expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
      const budget = named(objects, 'PodDisruptionBudget', w.name);
      expect(budget.spec).toEqual({ maxUnavailable: 1, selector: deployment.spec.selector });
    }
    expect(ofKind(objects, 'HorizontalPodAutoscaler')).toEqual([]);
  });

  it('gets an autoscaler that owns the replica count when autoscaling is on', async () => {
    const objects = await render('autoscaling', major);
    expect(ofKind(objects, 'HorizontalPodAutoscaler')).toHaveLength(workloads.length);
    for (const w of workloads) {
      const deployment = named(objects, 'Deployment', w.name);
      expect(deployment.spec.replicas, w.name).toBeUndefined();
      expect(deployment.spec.template.spec.containers[0].resources.requests.cpu, w.name).toBeDefined();
      const hpa = named(objects, 'HorizontalPodAutoscaler', w.name);
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: w.name });
    }
    const product = named(objects, 'HorizontalPodAutoscaler', 'emporium-product-service');
    expect(product.spec.maxReplicas).toBe(20);
    expect(product.spec.metrics.map((m: { resource: { name: string } }) => m.resource.name)).toEqual([
      'cpu',
      'memory',
    ]);
    expect(named(objects, 'HorizontalPodAutoscaler', 'emporium-cart-service').spec.maxReplicas).toBe(8);
  });
});

describe('per-domain settings', () => {
  it('lets a domain turn off what the defaults turn on (false, 0 and "" win)', async () => {
    const objects = await renderChart('helm4', {
      set: {
        'serviceDefaults.resourcesPreset': 'small',
        'serviceDefaults.autoscaling.enabled': 'true',
        'services.activity.autoscaling.enabled': 'false',
        'services.activity.replicas': '0',
        'services.activity.podDisruptionBudget.enabled': 'false',
      },
    });
    expect(named(objects, 'Deployment', 'emporium-activity-service').spec.replicas).toBe(0);
    expect(ofKind(objects, 'HorizontalPodAutoscaler').map((h) => h.metadata.name)).not.toContain(
      'emporium-activity-service',
    );
    expect(ofKind(objects, 'PodDisruptionBudget').map((h) => h.metadata.name)).not.toContain(
      'emporium-activity-service',
    );
    expect(named(objects, 'Deployment', 'emporium-user-service').spec.replicas).toBeUndefined();
  });

  it('refuses an autoscaler without CPU requests, naming the domain', async () => {
    const failure = await renderChart('helm4', {
      set: { 'services.order.autoscaling.enabled': 'true' },
    }).catch((err: Error) => err.message);
    expect(failure).toMatch(/services\.order\.autoscaling needs CPU requests/);
  });

  it('takes images from the registry, tag or digest of each domain', async () => {
    const objects = await render('tls');
    const image = (name: string) => named(objects, 'Deployment', name).spec.template.spec.containers[0].image;
    expect(image('emporium-cart-service')).toBe('registry.example.com/emporium/cart-service:0.1.0');
    expect(image('emporium-host-mfe')).toMatch(
      /^registry\.example\.com\/emporium\/host-mfe@sha256:[0-9a-f]{64}$/,
    );
    const local = await renderChart('helm4', {
      set: { 'image.tag': 'dev', 'services.cart.image.tag': 'fix-1' },
    });
    expect(
      named(local, 'Deployment', 'emporium-product-service').spec.template.spec.containers[0].image,
    ).toBe('emporium/product-service:dev');
    expect(named(local, 'Deployment', 'emporium-cart-service').spec.template.spec.containers[0].image).toBe(
      'emporium/cart-service:fix-1',
    );
  });
});
