import { createPrivateKey } from 'node:crypto';
import { services } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../src/helm.ts';
import { type Manifest, named, ofKind, podSpecs, render } from './support/scenarios.ts';

const decode = (value: string) => Buffer.from(value, 'base64').toString('utf8');
const containerEnv = (objects: Manifest[], name: string) =>
  named(objects, 'Deployment', name).spec.template.spec.containers[0].env as Manifest[];

describe('secrets', () => {
  it('generates an Ed25519 signing key, a key per service and the database passwords', async () => {
    const objects = await render('default');
    const jwt = named(objects, 'Secret', 'emporium-jwt');
    const [pem] = JSON.parse(decode(jwt.data['signing-keys']));
    expect(createPrivateKey(pem).asymmetricKeyType).toBe('ed25519');
    const keys = named(objects, 'Secret', 'emporium-service-keys');
    expect(Object.keys(keys.data)).toEqual(services.map((s) => s.name));
    const values = Object.values(keys.data).map((v) => decode(v as string));
    expect(new Set(values).size).toBe(services.length);
    for (const v of values) expect(v).toMatch(/^[A-Za-z0-9]{40}$/);
    const db = named(objects, 'Secret', 'emporium-mongodb');
    expect(Object.keys(db.data)).toEqual(['root-password', ...services.map((s) => `${s.name}-password`)]);
  });

  it('never puts a secret value into a pod spec: every key comes from a Secret reference', async () => {
    const objects = await render('default');
    const secretValues = ofKind(objects, 'Secret').flatMap((s) =>
      Object.values(s.data as Record<string, string>).map(decode),
    );
    const specs = JSON.stringify(podSpecs(objects));
    for (const value of secretValues) expect(specs).not.toContain(value);
    for (const s of services) {
      const env = containerEnv(objects, `emporium-${s.name}-service`);
      const byName = new Map(env.map((e) => [e.name, e]));
      expect(byName.get('SERVICE_KEY')?.valueFrom.secretKeyRef).toEqual({
        name: 'emporium-service-keys',
        key: s.name,
      });
      // TRUSTED_SERVICE_KEYS is composed by Kubernetes from variables declared before it.
      const trusted = byName.get('TRUSTED_SERVICE_KEYS')?.value as string | undefined;
      for (const pair of trusted?.split(',') ?? []) {
        const [caller, reference] = pair.split('=');
        const variable = /^\$\((\w+)\)$/.exec(reference ?? '')?.[1] ?? '';
        expect(byName.get(variable)?.valueFrom.secretKeyRef.key, `${s.name} trusts ${caller}`).toBe(caller);
        expect(env.findIndex((e) => e.name === variable)).toBeLessThan(
          env.findIndex((e) => e.name === 'TRUSTED_SERVICE_KEYS'),
        );
      }
      const uri = byName.get('MONGODB_URI')?.value as string;
      expect(uri).toBe(
        `mongodb://emporium_${s.name}:$(MONGODB_PASSWORD)@emporium-mongodb:27017/emporium_${s.name}?authSource=emporium_${s.name}`,
      );
    }
  });

  it('uses the Secrets the operator names instead of generating them', async () => {
    const objects = await render('tls');
    const names = ofKind(objects, 'Secret').map((s) => s.metadata.name);
    expect(names).not.toContain('emporium-jwt');
    expect(names).not.toContain('emporium-service-keys');
    const user = containerEnv(objects, 'emporium-user-service');
    expect(user.find((e) => e.name === 'JWT_SIGNING_KEYS')?.valueFrom.secretKeyRef.name).toBe(
      'shop-signing-keys',
    );
    expect(user.find((e) => e.name === 'SERVICE_KEY')?.valueFrom.secretKeyRef.name).toBe('shop-service-keys');
  });

  it('reads each service URI from the external Secret, and runs no MongoDB of its own', async () => {
    const objects = await render('external-mongodb');
    expect(ofKind(objects, 'StatefulSet')).toEqual([]);
    const product = containerEnv(objects, 'emporium-product-service');
    expect(product.find((e) => e.name === 'MONGODB_URI')?.valueFrom.secretKeyRef).toEqual({
      name: 'emporium-mongodb-uris',
      key: 'product',
    });
    expect(product.find((e) => e.name === 'MONGODB_DATABASE')?.value).toBe('catalog');
    const missing = await renderChart('helm4', { set: { 'mongodb.mode': 'external' } }).catch(
      (e: Error) => e.message,
    );
    expect(missing).toMatch(/mongodb\.external\.uriSecret is required/);
  });
});

describe('runtime configuration of the micro frontends', () => {
  it('writes the host config from the values and points the host at it', async () => {
    const config = named(await render('tls'), 'ConfigMap', 'emporium-host-config');
    expect(config.data).toEqual({
      EMPORIUM_ENVIRONMENT: 'production',
      API_ORIGIN: '',
      REMOTES_ORIGIN: 'https://cdn.example.com',
      REMOTES: 'all',
      REMOTE_CART_ENTRY: 'https://cdn.example.com/releases/42/mfe/cart/mf-manifest.json',
    });
    const remote = named(await render('tls'), 'ConfigMap', 'emporium-remote-config');
    expect(remote.data.CORS_ALLOW_ORIGIN).toBe('https://shop.example.com');
  });

  it('rolls only the pods whose configuration changed', async () => {
    const before = await render('default');
    const templates = (objects: Manifest[]) =>
      new Map(ofKind(objects, 'Deployment').map((d) => [d.metadata.name, JSON.stringify(d.spec.template)]));
    const changed = async (set: Record<string, string>) => {
      const after = templates(await renderChart('helm4', { set }));
      return [...templates(before)].filter(([name, t]) => after.get(name) !== t).map(([name]) => name);
    };
    expect(await changed({ 'frontend.apiOrigin': 'https://api.example.com' })).toEqual(['emporium-host-mfe']);
    expect((await changed({ 'frontend.hostOrigin': 'https://shop.example.com' })).sort()).toEqual(
      ['products', 'content', 'cart', 'orders', 'account', 'auth', 'support']
        .map((m) => `emporium-${m}-mfe`)
        .sort(),
    );
    expect(await changed({ 'services.product.logLevel': 'debug' })).toEqual(['emporium-product-service']);
    expect(await changed({ 'mfes.cart.image.tag': 'hotfix' })).toEqual(['emporium-cart-mfe']);
  });

  it('refuses a remote the chart does not have', async () => {
    const failure = await renderChart('helm4', {
      set: { 'frontend.remoteEntries.basket': 'https://x.example' },
    }).catch((e: Error) => e.message);
    expect(failure).toMatch(/basket/);
  });
});
