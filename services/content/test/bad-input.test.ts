import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { api, contentTestService } from './helpers.ts';

const svc = contentTestService(import.meta.url, { seed: false });

type Case = [name: string, request: () => InjectOptions, status: number, code: string];

const get =
  (url: string): (() => InjectOptions) =>
  () => ({ method: 'GET', url: `${api}${url}` });
const admin =
  (method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) =>
  (): InjectOptions => ({
    method,
    url: `${api}${url}`,
    headers: { ...svc.as('admin'), 'content-type': 'application/json', ...headers },
    ...(payload === undefined ? {} : { payload: payload as string }),
  });

const page = {
  slug: 'x-page',
  title: 'X',
  body: [],
  seo: { title: 'X', description: 'X' },
};

describe('bad input always gets a 4xx with the JSON error shape, never a 500', () => {
  const cases: Case[] = [
    ['unknown query parameter', get('/faqs?sort=name'), 400, 'VALIDATION_FAILED'],
    ['operator in a query parameter', get('/faqs?category[$ne]=x'), 400, 'VALIDATION_FAILED'],
    ['operator as a parameter name', get('/banners?$where=1'), 400, 'OPERATOR_NOT_ALLOWED'],
    ['repeated scalar parameter', get('/faqs?limit=1&limit=2'), 400, 'VALIDATION_FAILED'],
    ['non-numeric limit', get('/faqs?limit=many'), 400, 'VALIDATION_FAILED'],
    ['overlong slug', get(`/pages/${'a'.repeat(81)}`), 400, 'VALIDATION_FAILED'],
    [
      'operator object in a body',
      admin('POST', '/admin/faqs', { category: { $gt: '' } }),
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    ['extra body field', admin('POST', '/admin/pages', { ...page, author: 'me' }), 400, 'VALIDATION_FAILED'],
    ['missing body field', admin('POST', '/admin/pages', { slug: 'x' }), 400, 'VALIDATION_FAILED'],
    ['wrong body type', admin('POST', '/admin/pages', { ...page, title: 42 }), 400, 'VALIDATION_FAILED'],
    ['body that is an array', admin('POST', '/admin/banners', [1, 2]), 400, 'VALIDATION_FAILED'],
    ['not JSON', admin('POST', '/admin/faqs', '{"category":'), 400, 'INVALID_JSON'],
    ['empty patch', admin('PATCH', '/admin/pages/about', {}), 400, 'VALIDATION_FAILED'],
    [
      'string version',
      admin('PATCH', '/admin/pages/about', { title: 'x', version: '1' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'malformed If-Match',
      admin('PATCH', '/admin/pages/about', { title: 'x' }, { 'if-match': 'abc' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'oversized body',
      admin('POST', '/admin/faqs', { answer: 'a'.repeat(200_000) }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'huge string',
      admin('POST', '/admin/faqs', { category: 'a', question: 'q'.repeat(301), answer: 'a' }),
      400,
      'VALIDATION_FAILED',
    ],
    ['wrong method', () => ({ method: 'PUT', url: `${api}/pages` }), 404, 'ROUTE_NOT_FOUND'],
    [
      'garbage bearer token',
      () => ({ method: 'GET', url: `${api}/pages`, headers: { authorization: 'Bearer x.y.z' } }),
      401,
      'INVALID_TOKEN',
    ],
  ];

  it.each(cases)('%s', async (_name, request, status, code) => {
    const res = await svc.app().inject(request());
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json()).toMatchObject({
      statusCode: status,
      code,
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('rejects an expired token even on public routes, so clients refresh', async () => {
    const user = { id: 'u-1', type: 'customer' as const, expiresInSeconds: -60 };
    const res = await svc
      .app()
      .inject({ method: 'GET', url: `${api}/pages`, headers: await svc.tokens().headers(user) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('TOKEN_EXPIRED');
  });
});
