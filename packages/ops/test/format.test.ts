import { describe, expect, it } from 'vitest';
import { cpuCell, hpaCell, statusTable } from '../src/commands/status.ts';
import { age, formatDuration, renderTable } from '../src/format.ts';
import { workloadOf } from '../src/workload.ts';
import { autoscaler, deployment, replicaSet } from './fixtures.ts';

describe('renderTable', () => {
  it('pads every column to its widest cell, upper-cases headers and trims line ends', () => {
    expect(
      renderTable(
        ['name', 'ready', 'image'],
        [
          ['emporium-cart-service', '2/2', 'emporium/cart-service:0.1.0'],
          ['x', '10/10', ''],
        ],
      ),
    ).toBe(
      [
        'NAME                   READY  IMAGE',
        'emporium-cart-service  2/2    emporium/cart-service:0.1.0',
        'x                      10/10',
      ].join('\n'),
    );
  });
});

describe('age and formatDuration', () => {
  const now = new Date('2026-01-10T12:00:00Z');
  it('counts like kubectl', () => {
    expect(age('2026-01-10T11:59:15Z', now)).toBe('45s');
    expect(age('2026-01-10T11:30:00Z', now)).toBe('30m');
    expect(age('2026-01-10T07:00:00Z', now)).toBe('5h');
    expect(age('2026-01-07T12:00:00Z', now)).toBe('3d');
    expect(age(null, now)).toBe('<unknown>');
  });
  it('writes durations compactly', () => {
    expect(formatDuration(5000)).toBe('5s');
    expect(formatDuration(150_000)).toBe('2m30s');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(0)).toBe('0s');
  });
});

describe('status table', () => {
  it('shows replicas, the autoscaler, images, revision and rollout per workload', () => {
    const service = deployment({ replicas: 3, ready: 1, revision: '2' });
    const mfe = deployment({ component: 'mfe', image: `emporium/cart-mfe@sha256:${'0'.repeat(64)}` });
    const workloads = [
      workloadOf(
        service,
        [autoscaler('emporium-cart-service', { current: 12 })],
        [replicaSet(service, '2', '2026-01-10T11:55:00Z')],
      ),
      workloadOf(mfe, [], []),
    ];
    expect(statusTable(workloads, new Date('2026-01-10T12:00:00Z'))).toBe(
      [
        'DOMAIN  COMPONENT  DEPLOYMENT             READY  HPA       CPU      IMAGE                                  REVISION  ROLLOUT   SINCE',
        'cart    service    emporium-cart-service  1/3    3 (2-10)  12%/70%  emporium/cart-service:0.1.0            2         complete  5m',
        'cart    mfe        emporium-cart-mfe      2/2    -         -        emporium/cart-mfe@sha256:000000000000  3         complete  8d',
      ].join('\n'),
    );
  });

  it('shows <unknown> CPU before the autoscaler has metrics', () => {
    const hpa = workloadOf(deployment(), [autoscaler('emporium-cart-service')], []).autoscaler;
    expect(cpuCell(hpa)).toBe('<unknown>/70%');
    expect(hpaCell(hpa)).toBe('3 (2-10)');
    expect(cpuCell(null)).toBe('-');
  });
});
