import { readFileSync } from 'node:fs';
import { mfes, services } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generatedFiles } from '../src/generate.ts';
import { helmMajors, renderChart } from '../src/helm.ts';
import { readValuesDocs, valuesFile } from '../src/values-docs.ts';

describe('the chart values', () => {
  it('has the generated files up to date (`make chart-docs` rewrites them)', () => {
    for (const [file, expected] of generatedFiles()) {
      expect(readFileSync(file, 'utf8'), `${file} is stale: run make chart-docs`).toBe(expected);
    }
  });

  it('documents every value where it is declared', () => {
    const docs = readValuesDocs();
    expect(docs.undocumented).toEqual([]);
    expect(docs.documented.length).toBeGreaterThan(100);
    for (const d of docs.documented) expect(d.description.length, d.key).toBeGreaterThan(10);
  });

  it('has one override key per domain of the registry, no more, no fewer', () => {
    const values = parse(readFileSync(valuesFile, 'utf8'));
    expect(Object.keys(values.services)).toEqual(services.map((s) => s.name));
    expect(Object.keys(values.mfes)).toEqual(mfes.map((m) => m.name));
  });
});

describe.each(helmMajors)('values rejected by the schema with %s', (major) => {
  const rejects = async (set: Record<string, string>, message: RegExp) => {
    const failure = await renderChart(major, { set }).then(
      () => 'rendered',
      (err: Error) => err.message,
    );
    expect(failure).toMatch(/values don't meet the specifications of the schema/);
    expect(failure).toMatch(message);
  };

  it('names a misspelled key', async () => {
    await rejects({ 'serviceDefaults.replica': '3' }, /replica/);
    await rejects({ 'ingress.tsl[0].secretName': 'x' }, /tsl/);
  });

  it('names a domain the registry does not have', async () => {
    await rejects({ 'services.payments.replicas': '2' }, /payments/);
  });

  it('names a value of the wrong type', async () => {
    await rejects({ 'services.product.autoscaling.enabled': 'yes' }, /enabled|boolean/);
    await rejects({ 'serviceDefaults.replicas': 'two' }, /replicas|integer/);
  });

  it('names a value outside its allowed set', async () => {
    await rejects({ 'mongodb.mode': 'sqlite' }, /mode/);
    await rejects({ 'serviceDefaults.resourcesPreset': 'huge' }, /resourcesPreset/);
    await rejects({ 'frontend.remotes[0]': 'host' }, /remotes/);
  });
});
