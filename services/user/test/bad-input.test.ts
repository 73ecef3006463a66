import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, bearer, client, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);
const http = client(svc);
let token = '';

beforeAll(async () => {
  token = (await http.newAccount()).accessToken;
});

const json = (
  method: InjectOptions['method'],
  url: string,
  payload: unknown,
  auth = false,
): InjectOptions => ({
  method,
  url: `${api}${url}`,
  payload: payload as string,
  headers: { 'content-type': 'application/json', ...(auth ? bearer(token) : {}) },
});
const get = (url: string): InjectOptions => ({ method: 'GET', url: `${api}${url}`, headers: bearer(token) });

const huge = 'a'.repeat(200_000);

describe('bad input always gets a 4xx with the JSON error shape, never a 500', () => {
  const cases: [string, () => InjectOptions, number, string][] = [
    [
      'signup with an operator as email',
      () => json('POST', '/customer/auth/signup', { name: 'A', email: { $gt: '' }, password: 'long enough' }),
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'signup with a number as name',
      () =>
        json('POST', '/customer/auth/signup', { name: 7, email: 'a@example.com', password: 'long enough' }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'signup with a huge body',
      () =>
        json('POST', '/customer/auth/signup', {
          name: huge,
          email: 'a@example.com',
          password: 'long enough',
        }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'signup with an overlong email',
      () =>
        json('POST', '/seller/auth/signup', {
          name: 'A',
          email: `${'a'.repeat(250)}@example.com`,
          password: 'long enough',
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'signup with an array body',
      () => json('POST', '/customer/auth/signup', [1, 2]),
      400,
      'VALIDATION_FAILED',
    ],
    ['signup that is not JSON', () => json('POST', '/customer/auth/signup', '{"name":'), 400, 'INVALID_JSON'],
    [
      'signup with a prototype key',
      () =>
        json(
          'POST',
          '/customer/auth/signup',
          '{"__proto__":{"admin":true},"name":"A","email":"a@example.com","password":"long enough"}',
        ),
      400,
      'INVALID_JSON',
    ],
    [
      'login without a body',
      () => ({ method: 'POST', url: `${api}/customer/auth/login` }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'login with an operator as password',
      () => json('POST', '/customer/auth/login', { email: 'a@example.com', password: { $ne: 'x' } }),
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'login with an overlong password',
      () => json('POST', '/customer/auth/login', { email: 'a@example.com', password: 'p'.repeat(129) }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'OTP request with an operator as phone',
      () => json('POST', '/customer/auth/otp/request', { phone: { $regex: '.*' } }),
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'OTP request with an email list',
      () => json('POST', '/customer/auth/otp/request', { email: ['a@example.com'] }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'OTP verify with a code list',
      () => json('POST', '/customer/auth/otp/verify', { email: 'a@example.com', code: ['123456'] }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown user type',
      () => json('POST', '/robot/auth/login', { email: 'a@example.com', password: 'x' }),
      404,
      'ROUTE_NOT_FOUND',
    ],
    [
      'profile with an operator',
      () => json('PATCH', '/me', { name: { $set: 'x' } }, true),
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'profile with a nested phone',
      () => json('PATCH', '/me', { phone: { number: '+919812345678' } }, true),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'address with a boolean pincode',
      () =>
        json(
          'POST',
          '/me/addresses',
          { name: 'A', phone: '+919812345678', line1: 'x', city: 'y', state: 'z', pincode: true },
          true,
        ),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'address with a string isDefault',
      () =>
        json(
          'POST',
          '/me/addresses',
          {
            name: 'A',
            phone: '+919812345678',
            line1: 'x',
            city: 'y',
            state: 'z',
            pincode: '560001',
            isDefault: 'yes',
          },
          true,
        ),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'address id with an operator',
      () => json('PATCH', '/me/addresses/%24ne', { city: 'x' }, true),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'wishlist product id that is too long',
      () => ({ method: 'PUT', url: `${api}/me/wishlist/${'a'.repeat(150)}`, headers: bearer(token) }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'admin list with a repeated type',
      () => get('/admin/users?type=seller&type=admin'),
      400,
      'VALIDATION_FAILED',
    ],
    ['dev outbox without an address', () => get('/dev/outbox'), 400, 'VALIDATION_FAILED'],
    ['dev outbox with an operator in brackets', () => get('/dev/outbox?to[$ne]=x'), 400, 'VALIDATION_FAILED'],
    [
      'dev outbox with an operator as parameter',
      () => get('/dev/outbox?$where=1'),
      400,
      'OPERATOR_NOT_ALLOWED',
    ],
    [
      'a guest id header that is malformed',
      () => ({ ...get('/me'), headers: { ...bearer(token), 'x-guest-id': '<script>' } }),
      400,
      'INVALID_HEADER',
    ],
    ['wrong method', () => ({ method: 'DELETE', url: `${api}/me` }), 404, 'ROUTE_NOT_FOUND'],
  ];

  it.each(cases)('%s', async (_name, request, status, code) => {
    const res = await http.inject(request());
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json()).toMatchObject({
      statusCode: status,
      code,
      error: expect.any(String),
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });
});
