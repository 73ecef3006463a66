import { badInputCases, badInputFailures } from '@emporium/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { api, contentTestService } from './helpers.ts';

const svc = contentTestService(import.meta.url);

describe('a bad-input sweep generated from the OpenAPI document', () => {
  it('answers every case with a 4xx in the error shape (or a 2xx when the input is in fact fine), never a 5xx', async () => {
    const doc = (await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` })).json();
    // Admin routes get an admin token, so the cases reach validation and the handlers.
    const cases = badInputCases(doc, (path) => (path.includes('/admin/') ? svc.as('admin') : {}));
    const failures = await badInputFailures(svc.app(), cases);
    console.info(`content-service bad-input sweep: ${cases.length} cases`);
    expect(cases.length).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  });
});
