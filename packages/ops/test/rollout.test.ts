import { describe, expect, it } from 'vitest';
import { verdict } from '../src/commands/rollout-status.ts';
import { rolloutProgress } from '../src/rollout.ts';
import { deployment } from './fixtures.ts';

describe('rolloutProgress (kubectl rollout status rules)', () => {
  it('is complete when every desired replica is updated and available and no old ones remain', () => {
    expect(rolloutProgress(deployment())).toEqual({
      state: 'complete',
      message: 'deployment "emporium-cart-service" successfully rolled out',
    });
  });

  it('waits until the controller has observed the latest generation', () => {
    expect(rolloutProgress(deployment({ generation: 4, observedGeneration: 3 }))).toEqual({
      state: 'progressing',
      message: 'Waiting for deployment "emporium-cart-service" spec update to be observed...',
    });
  });

  it('waits for updated, then for old replicas to go, then for availability', () => {
    expect(rolloutProgress(deployment({ replicas: 3, updated: 1, total: 4 })).message).toBe(
      'Waiting for deployment "emporium-cart-service" rollout to finish: 1 out of 3 new replicas have been updated...',
    );
    expect(rolloutProgress(deployment({ replicas: 3, updated: 3, total: 5 })).message).toBe(
      'Waiting for deployment "emporium-cart-service" rollout to finish: 2 old replicas are pending termination...',
    );
    expect(rolloutProgress(deployment({ replicas: 3, available: 2 })).message).toBe(
      'Waiting for deployment "emporium-cart-service" rollout to finish: 2 of 3 updated replicas are available...',
    );
  });

  it('fails when the Progressing condition says ProgressDeadlineExceeded', () => {
    const failed = deployment({
      available: 0,
      conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }],
    });
    expect(rolloutProgress(failed)).toEqual({
      state: 'failed',
      message: 'deployment "emporium-cart-service" exceeded its progress deadline',
    });
  });

  it('reports a paused Deployment with an unfinished rollout as paused', () => {
    expect(rolloutProgress(deployment({ paused: true, updated: 0 })).state).toBe('paused');
    expect(rolloutProgress(deployment({ paused: true })).state).toBe('complete');
  });
});

describe('verdict', () => {
  const observed = (state: 'complete' | 'progressing' | 'failed' | 'paused') => ({
    name: 'x',
    domain: 'cart',
    component: 'service',
    state,
    message: '',
  });

  it('is complete only when all are, and failed as soon as one fails or is paused', () => {
    expect(verdict([observed('complete'), observed('complete')])).toBe('complete');
    expect(verdict([observed('complete'), observed('progressing')])).toBe('waiting');
    expect(verdict([observed('progressing'), observed('failed')])).toBe('failed');
    expect(verdict([observed('paused')])).toBe('failed');
  });
});
