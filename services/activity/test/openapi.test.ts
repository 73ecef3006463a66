import { describe, expect, it } from 'vitest';
import { activityTestService, api } from './helpers.ts';

const svc = activityTestService(import.meta.url);

describe('the OpenAPI document', () => {
  it('describes every activity route with its responses', async () => {
    const res = await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.info.title).toBe('Emporium activity service');
    const paths = Object.keys(doc.paths)
      .filter((p) => p.startsWith(api))
      .map((p) => p.slice(api.length));
    expect(paths.sort()).toEqual(['/admin/audit', '/events', '/internal/events', '/stats']);
    expect(Object.keys(doc.paths[`${api}/events`].post.responses).sort()).toEqual([
      '202',
      '400',
      '401',
      '413',
      '503',
    ]);
    expect(Object.keys(doc.paths[`${api}/internal/events`].post.responses)).toEqual(
      expect.arrayContaining(['202', '401', '403']),
    );
    expect(Object.keys(doc.paths[`${api}/stats`].get.responses)).toEqual(
      expect.arrayContaining(['401', '403']),
    );
  });
});
