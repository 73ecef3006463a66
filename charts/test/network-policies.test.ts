import { serviceCalls, serviceDependencies, services } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import { helmMajors, type Manifest, named, ofKind, render } from './support/scenarios.ts';

type Peer = Manifest;
const appOf = (peer: Peer): string | undefined => peer.podSelector?.matchLabels?.['app.kubernetes.io/name'];
const isIngressController = (peer: Peer) =>
  peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'ingress-nginx';
const isTestPod = (peer: Peer) => peer.podSelector?.matchLabels?.['app.kubernetes.io/component'] === 'test';

describe.each(helmMajors)('network policies (%s)', (major) => {
  it('deny everything by default and allow DNS', async () => {
    const objects = await render('default', major);
    const deny = named(objects, 'NetworkPolicy', 'emporium-default-deny');
    expect(deny.spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'emporium' } },
      policyTypes: ['Ingress', 'Egress'],
    });
    const dns = named(objects, 'NetworkPolicy', 'emporium-dns');
    expect(dns.spec.egress[0].ports).toEqual([
      { port: 53, protocol: 'UDP' },
      { port: 53, protocol: 'TCP' },
    ]);
  });

  it('allow exactly the service-to-service calls of the registry, both ways', async () => {
    const objects = await render('default', major);
    const allowedCalls = new Set<string>();
    for (const s of services) {
      const policy = named(objects, 'NetworkPolicy', `emporium-${s.name}-service`);
      // Egress: one rule per service it depends on (on that service's port), plus its database.
      for (const rule of policy.spec.egress) {
        const target = appOf(rule.to[0]);
        if (target === 'mongodb') {
          expect(rule.ports).toEqual([{ port: 27017, protocol: 'TCP' }]);
          continue;
        }
        const callee = services.find((c) => `${c.name}-service` === target);
        expect(callee, `${s.name} egress to ${target}`).toBeDefined();
        expect(rule.ports).toEqual([{ port: callee?.port, protocol: 'TCP' }]);
        allowedCalls.add(`${s.name}->${callee?.name}`);
      }
      // Ingress: the ingress controller, the test pod, and the services that call this one.
      const [rule] = policy.spec.ingress;
      for (const peer of rule.from) {
        if (isIngressController(peer) || isTestPod(peer)) continue;
        const caller = appOf(peer)?.replace(/-service$/, '') ?? '';
        expect(serviceDependencies(caller as never), `${caller} -> ${s.name} is a real call`).toContain(
          s.name,
        );
      }
    }
    const expected = services.flatMap((s) => serviceDependencies(s.name).map((d) => `${s.name}->${d}`));
    expect([...allowedCalls].sort()).toEqual(expected.sort());
    // The registry's own calls are all there (the rest is every service reading the user service's keys).
    for (const s of services)
      for (const callee of serviceCalls(s.name)) expect(allowedCalls).toContain(`${s.name}->${callee}`);
  });

  it('let micro frontends be reached by the ingress controller only, and call nothing', async () => {
    const objects = await render('default', major);
    for (const policy of ofKind(objects, 'NetworkPolicy').filter((p) => p.metadata.name.endsWith('-mfe'))) {
      expect(policy.spec.policyTypes).toEqual(['Ingress']);
      expect(policy.spec.egress).toBeUndefined();
      expect(policy.spec.ingress[0].from.every((p: Peer) => isIngressController(p) || isTestPod(p))).toBe(
        true,
      );
    }
  });

  it('open the database to the services only, or an external database at its address', async () => {
    const bundled = named(await render('default', major), 'NetworkPolicy', 'emporium-mongodb');
    expect(bundled.spec.ingress[0].from).toEqual([
      {
        podSelector: {
          matchLabels: { 'app.kubernetes.io/instance': 'emporium', 'app.kubernetes.io/component': 'service' },
        },
      },
    ]);
    const external = await render('external-mongodb', major);
    expect(ofKind(external, 'NetworkPolicy').map((p) => p.metadata.name)).not.toContain('emporium-mongodb');
    const product = named(external, 'NetworkPolicy', 'emporium-product-service');
    expect(product.spec.egress.at(-1)).toEqual({
      to: [{ ipBlock: { cidr: '10.20.0.0/16' } }],
      ports: [{ port: 27017, protocol: 'TCP' }],
    });
  });

  it('are left out when turned off', async () => {
    expect(ofKind(await render('network-policies-off', major), 'NetworkPolicy')).toEqual([]);
  });
});
