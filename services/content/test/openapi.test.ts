import { describe, expect, it } from 'vitest';
import { api, contentTestService } from './helpers.ts';

const svc = contentTestService(import.meta.url, { seed: false });

describe('the OpenAPI document', () => {
  it('describes every content route with its responses, admin routes with 401 and 403', async () => {
    const res = await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.info.title).toBe('Emporium content service');
    const paths = Object.keys(doc.paths).filter((p) => p.startsWith(api));
    expect(paths.map((p) => p.slice(api.length)).sort()).toEqual(
      [
        '/admin/banners',
        '/admin/banners/{id}',
        '/admin/faqs',
        '/admin/faqs/{id}',
        '/admin/media',
        '/admin/pages',
        '/admin/pages/{slug}',
        '/banners',
        '/faqs',
        '/faqs/categories',
        '/pages',
        '/pages/{slug}',
      ].sort(),
    );
    for (const path of paths.filter((p) => p.includes('/admin/'))) {
      for (const [method, operation] of Object.entries(doc.paths[path]) as [
        string,
        { responses: object },
      ][]) {
        expect(Object.keys(operation.responses), `${method} ${path}`).toEqual(
          expect.arrayContaining(['401', '403']),
        );
      }
    }
    expect(Object.keys(doc.paths[`${api}/admin/pages/{slug}`].patch.responses).sort()).toEqual(
      ['200', '400', '401', '403', '404', '409', '428', '503'].sort(),
    );
  });
});
