import { badInputCases, badInputFailures } from '@emporium/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { api, supportTestService } from './helpers.ts';

const svc = supportTestService(import.meta.url);

describe('a bad-input sweep generated from the OpenAPI document', () => {
  it('answers every case with a 4xx in the error shape (or a 2xx when the input is in fact fine), never a 5xx', async () => {
    const doc = (await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` })).json();
    // Each route gets a user it accepts, so the cases reach validation and the handlers.
    const cases = badInputCases(doc, (path, method) => {
      if (path.includes('/admin/')) return svc.as('admin');
      if (path.endsWith('/tickets')) return svc.as('customer');
      if (path.includes('/tickets/')) return method === 'get' ? svc.as('admin') : svc.as('customer');
      return {};
    });
    const failures = await badInputFailures(svc.app(), cases);
    console.info(`support-service bad-input sweep: ${cases.length} cases`);
    expect(cases.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
