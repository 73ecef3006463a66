import { useTestDatabase } from '@emporium/embedded-db/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoApp, logCollector } from './helpers.ts';

const db = useTestDatabase(import.meta.url);
const logs = logCollector();
let app: FastifyInstance;

beforeAll(async () => {
  app = await echoApp(
    {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      CORS_ORIGINS: 'http://localhost:3001',
      BODY_LIMIT_BYTES: '2048',
    },
    logs,
  );
});
afterAll(() => app.close());

const errorShape = {
  statusCode: expect.any(Number),
  code: expect.any(String),
  error: expect.any(String),
  message: expect.any(String),
  requestId: expect.any(String),
};

describe('bad input gets a 4xx with the JSON error shape, never a 500', () => {
  const cases: [string, InjectOptions, number, string][] = [
    ['unknown route', { method: 'GET', url: '/nope' }, 404, 'ROUTE_NOT_FOUND'],
    [
      'malformed query value',
      { method: 'POST', url: '/activity-service/api/v1/echo?limit=ten', payload: { name: 'a' } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'query value out of range',
      { method: 'POST', url: '/activity-service/api/v1/echo?limit=1000', payload: { name: 'a' } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown query parameter',
      { method: 'POST', url: '/activity-service/api/v1/echo?sort=x', payload: { name: 'a' } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'query parameter on a route that takes none',
      { method: 'GET', url: '/activity-service/api/v1/ping?verbose=1' },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown body field',
      { method: 'POST', url: '/activity-service/api/v1/echo', payload: { name: 'a', admin: true } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'missing body field',
      { method: 'POST', url: '/activity-service/api/v1/echo', payload: {} },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'number where a string belongs (no coercion)',
      { method: 'POST', url: '/activity-service/api/v1/echo', payload: { name: 42 } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'operator injection in a body field',
      { method: 'POST', url: '/activity-service/api/v1/echo', payload: { name: { $gt: '' } } },
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'operator injection nested in an array',
      { method: 'POST', url: '/activity-service/api/v1/echo', payload: { name: 'a', tags: [{ $ne: null }] } },
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'operator as a query parameter',
      { method: 'POST', url: '/activity-service/api/v1/echo?$where=1', payload: { name: 'a' } },
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'bracketed operator in a query parameter',
      { method: 'POST', url: '/activity-service/api/v1/echo?limit[$gt]=1', payload: { name: 'a' } },
      400,
      'VALIDATION_FAILED',
    ],
    [
      'invalid JSON',
      {
        method: 'POST',
        url: '/activity-service/api/v1/echo',
        payload: '{"name": ',
        headers: { 'content-type': 'application/json' },
      },
      400,
      'INVALID_JSON',
    ],
    [
      'prototype poisoning',
      {
        method: 'POST',
        url: '/activity-service/api/v1/echo',
        payload: '{"name":"a","__proto__":{"admin":true}}',
        headers: { 'content-type': 'application/json' },
      },
      400,
      'INVALID_JSON',
    ],
    [
      'oversized body',
      { method: 'POST', url: '/activity-service/api/v1/echo', payload: { name: 'x'.repeat(4096) } },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'unsupported media type',
      {
        method: 'POST',
        url: '/activity-service/api/v1/echo',
        payload: 'name=a',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'invalid guest id header',
      {
        method: 'POST',
        url: '/activity-service/api/v1/echo',
        payload: { name: 'a' },
        headers: { 'x-guest-id': 'not ok!' },
      },
      400,
      'INVALID_HEADER',
    ],
    [
      'oversized device info header',
      {
        method: 'POST',
        url: '/activity-service/api/v1/echo',
        payload: { name: 'a' },
        headers: { 'x-device-info': 'd'.repeat(600) },
      },
      400,
      'INVALID_HEADER',
    ],
  ];

  it.each(cases)('%s', async (_name, request, status, code) => {
    const res = await app.inject(request);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json();
    expect(body).toMatchObject({ ...errorShape, statusCode: status, code });
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('points at the offending field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/activity-service/api/v1/echo',
      payload: { name: 'a', admin: true },
    });
    expect(res.json().details).toEqual([{ in: 'body', path: '/admin', message: 'is not an allowed field' }]);
    const op = await app.inject({
      method: 'POST',
      url: '/activity-service/api/v1/echo',
      payload: { name: { $gt: '' } },
    });
    expect(op.json().details).toEqual([
      { in: 'body', path: '/name/$gt', message: 'operator keys are not accepted' },
    ]);
  });

  it('hides internals of unexpected errors behind a 500 with the same shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/activity-service/api/v1/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ ...errorShape, code: 'INTERNAL_ERROR' });
    expect(res.body).not.toContain('secret internal detail');
  });
});

describe('request context', () => {
  it('accepts the custom client headers and hands them to routes', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/activity-service/api/v1/echo?limit=3',
      payload: { name: 'lamp' },
      headers: {
        'x-guest-id': 'guest_12345678',
        'x-device-info': 'web; 1440x900',
        'x-service-key': 'k'.repeat(32),
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      body: { name: 'lamp' },
      query: { limit: 3 },
      client: { guestId: 'guest_12345678', deviceInfo: 'web; 1440x900', serviceKey: 'k'.repeat(32) },
    });
  });

  it('keeps a well-formed incoming request id and replaces a bad one', async () => {
    const kept = await app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'gw-42.abc' },
    });
    expect(kept.headers['x-request-id']).toBe('gw-42.abc');
    const replaced = await app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'bad id\u0007' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one line per request, without headers, and never credentials', async () => {
    await app.inject({
      method: 'POST',
      url: '/activity-service/api/v1/echo',
      payload: { name: 'a' },
      headers: {
        authorization: 'Bearer top-secret-token',
        cookie: 'refresh=secret-cookie',
        'x-request-id': 'trace-me',
      },
    });
    const lines = logs.lines.filter((l) => l.reqId === 'trace-me');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      req: { method: 'POST', url: '/activity-service/api/v1/echo' },
      res: { statusCode: 401 },
      responseTime: expect.any(Number),
    });
    expect(lines[0]?.req).not.toHaveProperty('headers');
    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain('top-secret-token');
    expect(text).not.toContain('secret-cookie');
  });

  it('logs headers at debug level, with credentials redacted', async () => {
    const debugLogs = logCollector();
    const debugApp = await echoApp(
      { MONGODB_URI: db.uri, MONGODB_DATABASE: db.name, LOG_LEVEL: 'debug' },
      debugLogs,
    );
    try {
      await debugApp.inject({
        method: 'POST',
        url: '/activity-service/api/v1/echo',
        payload: { name: 'a' },
        headers: {
          authorization: 'Bearer top-secret-token',
          cookie: 'refresh=secret-cookie',
          'x-service-key': 'secret-service-key',
          'x-request-id': 'trace-debug',
        },
      });
      const incoming = debugLogs.lines.find((l) => l.reqId === 'trace-debug' && l.msg === 'incoming request');
      const headers = incoming?.headers as Record<string, string> | undefined;
      expect(headers?.authorization).toBe('[redacted]');
      expect(headers?.cookie).toBe('[redacted]');
      expect(headers?.['x-service-key']).toBe('[redacted]');
      expect(JSON.stringify(debugLogs.lines)).not.toMatch(
        /top-secret-token|secret-cookie|secret-service-key/,
      );
    } finally {
      await debugApp.close();
    }
  });
});

describe('CORS', () => {
  it('answers a preflight from a whitelisted origin, allowing the custom headers', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/activity-service/api/v1/echo',
      headers: {
        origin: 'http://localhost:3001',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-guest-id,x-device-info',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3001');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(String(res.headers['access-control-allow-headers'])).toContain('x-guest-id');
  });

  it('gives any other origin no CORS headers at all', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('health and OpenAPI', () => {
  it('reports the database up once start-up work is done', async () => {
    await app.mongo.whenSetUp();
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      service: 'activity',
      checks: { database: { status: 'up' }, setup: { status: 'up' } },
    });
  });

  it('publishes an OpenAPI 3.1 document of its routes', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/activity-service/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Emporium activity service');
    expect(Object.keys(doc.paths)).toContain('/activity-service/api/v1/echo');
    expect(doc.paths['/activity-service/api/v1/echo'].post.requestBody).toBeDefined();
    // A route that takes no query parameters documents none (its empty query schema adds nothing).
    expect(doc.paths['/activity-service/api/v1/ping'].get.parameters ?? []).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/activity-service/api/v1/ping' })).json()).toEqual({
      pong: true,
    });
  });
});
