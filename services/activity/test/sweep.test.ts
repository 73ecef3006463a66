import { badInputCases, badInputFailures } from '@emporium/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { activityTestService, api } from './helpers.ts';

const svc = activityTestService(import.meta.url);

describe('a bad-input sweep generated from the OpenAPI document', () => {
  it('answers every case with a 4xx in the error shape (or a 2xx when the input is in fact fine), never a 5xx', async () => {
    const doc = (await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` })).json();
    const admin = await svc.tokens().headers({ id: 'admin-1', type: 'admin' });
    // Each route gets the credentials it accepts, so the cases reach validation and the handlers.
    const cases = badInputCases(doc, (path): Record<string, string> => {
      if (path.includes('/internal/')) return { 'x-service-key': svc.keys.key('order') };
      if (path.endsWith('/stats') || path.includes('/admin/')) return admin;
      return {};
    });
    const failures = await badInputFailures(svc.app(), cases);
    console.info(`activity-service bad-input sweep: ${cases.length} cases`);
    expect(cases.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });
});
