/**
 * A bad-input sweep generated from a service's own OpenAPI document: for every route, a well-formed
 * baseline request is built from the schemas, then broken one way at a time (a field missing, of the
 * wrong type, null, huge, an operator object, an unknown field; bad path, query and header values; a body
 * that is not JSON or not an object). Every case must get a 4xx in the error shape, never a 5xx, except
 * the few whose broken body the route's own schema in fact accepts (`allowedBySchema`: a null where null
 * is allowed, a negative number where any number is): those may also succeed.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

// ajv-formats is CommonJS; under Node's ESM loader its default export is the function itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// Checks bodies as the services do (validation.ts): JSON as sent, no coercion.
const bodyChecker = addFormats(new Ajv({ strict: false, coerceTypes: false, allErrors: false }));

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  default?: unknown;
};

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

export interface BadInputCase {
  /** Human description: route and what is broken. */
  name: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A JSON value, or a string sent as is (for "not JSON" cases). */
  payload?: unknown;
  /**
   * The broken body still matches the route's schema (the field allows null, negative numbers, any
   * length...): the case probes the handler, and any answer but a 5xx is right.
   */
  allowedBySchema?: boolean;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'];

// Values that match the patterns the services use (ids, slugs, pincodes, codes, keys), tried in order.
const patternCandidates = [
  'sweep-0000000001',
  'sweep-item',
  '560001',
  'SWEEP10',
  '0b0e5a1c-7c1e-4f8e-9a51-3f2d6c1a9999',
  '507f1f77bcf86cd799439011',
  'sweep@example.com',
  '+919800000099',
  'a',
  'A',
  '1',
];

function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return typeOf(variants[0] as Schema);
  if (schema.properties) return 'object';
  return undefined;
}

/** A value the schema accepts (best effort: good enough to get past validation into the handler). */
export function sampleValue(schema: Schema, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) {
    const nonNull = variants.find((v) => v.type !== 'null') ?? variants[0];
    return sampleValue(nonNull as Schema, depth);
  }
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return schema.minimum !== undefined ? Math.max(schema.minimum, Math.min(1, schema.maximum ?? 1)) : 1;
    case 'boolean':
      return true;
    case 'array':
      return schema.items && (schema.minItems ?? 0) > 0
        ? Array.from({ length: schema.minItems ?? 1 }, () => sampleValue(schema.items as Schema, depth + 1))
        : [];
    case 'object': {
      const value: Record<string, unknown> = {};
      if (depth > 6) return value;
      for (const name of schema.required ?? []) {
        const property = schema.properties?.[name];
        if (property) value[name] = sampleValue(property, depth + 1);
      }
      return value;
    }
    default:
      return sampleString(schema);
  }
}

function sampleString(schema: Schema): string {
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
  if (schema.format === 'email') return 'sweep@example.com';
  if (schema.format === 'uri') return 'https://example.com/sweep';
  const min = schema.minLength ?? 1;
  const max = schema.maxLength ?? 64;
  if (schema.pattern) {
    const regex = new RegExp(schema.pattern, 'u');
    const fits = (s: string) => regex.test(s) && s.length >= min && s.length <= max;
    const found = patternCandidates.find(fits) ?? patternCandidates.map((c) => c.repeat(3)).find(fits);
    if (found) return found;
  }
  return 'sweep-value'.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, 11)));
}

/** Values of the wrong type for a schema. */
function wrongTypes(schema: Schema): unknown[] {
  switch (typeOf(schema)) {
    case 'integer':
    case 'number':
      return ['not-a-number', true, [1]];
    case 'boolean':
      return ['maybe', 2];
    case 'array':
      return [{ not: 'an array' }, 'text'];
    case 'object':
      return [['not', 'an', 'object'], 'text', 7];
    default:
      return [12345, { nested: true }, ['list']];
  }
}

const huge = 'x'.repeat(20_000);

function fillPath(path: string, params: Parameter[], override?: [string, string]): string {
  return path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (override && override[0] === name) return override[1];
    const schema = params.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
    return encodeURIComponent(String(sampleValue(schema)));
  });
}

function withQuery(url: string, query: [string, string][]): string {
  if (query.length === 0) return url;
  return `${url}?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

function operationCases(path: string, method: string, operation: Operation, headers: Record<string, string>) {
  const cases: BadInputCase[] = [];
  const params = operation.parameters ?? [];
  const route = `${method.toUpperCase()} ${path}`;
  const requiredQuery: [string, string][] = params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => [p.name, String(sampleValue(p.schema))]);
  const baseHeaders = { ...headers };
  for (const p of params.filter((p) => p.in === 'header' && p.required)) {
    baseHeaders[p.name] = String(sampleValue(p.schema));
  }
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const baseBody = bodySchema ? sampleValue(bodySchema) : undefined;
  const url = withQuery(fillPath(path, params), requiredQuery);
  const add = (what: string, c: Partial<BadInputCase>) =>
    cases.push({
      name: `${route}: ${what}`,
      method: method.toUpperCase(),
      url,
      headers: baseHeaders,
      payload: baseBody,
      ...c,
    });

  add('baseline from the schema', {});

  for (const p of params.filter((p) => p.in === 'path')) {
    for (const [what, value] of [
      ['huge', 'p'.repeat(5000)],
      ['operator', '$gt'],
      ['traversal', '../../etc'],
      ['control characters', 'a\u0000b'],
      ['wrong type', typeOf(p.schema) === 'string' ? '%%%' : 'abc'],
    ] as const) {
      add(`path ${p.name} ${what}`, {
        url: withQuery(fillPath(path, params, [p.name, encodeURIComponent(value)]), requiredQuery),
      });
    }
  }

  const base = fillPath(path, params);
  for (const p of params.filter((p) => p.in === 'query')) {
    const others = requiredQuery.filter(([k]) => k !== p.name);
    for (const value of wrongTypes(p.schema).filter((v) => typeof v === 'string')) {
      add(`query ${p.name} wrong type`, { url: withQuery(base, [...others, [p.name, String(value)]]) });
    }
    add(`query ${p.name} huge`, { url: withQuery(base, [...others, [p.name, huge.slice(0, 4000)]]) });
    add(`query ${p.name} operator`, { url: withQuery(base, [...others, [`${p.name}[$gt]`, '']]) });
    add(`query ${p.name} repeated`, { url: withQuery(base, [...others, [p.name, 'a'], [p.name, 'b']]) });
    if (p.required) add(`query ${p.name} missing`, { url: withQuery(base, others) });
  }
  add('unknown query parameter', { url: withQuery(base, [...requiredQuery, ['sweepUnknown', '1']]) });

  for (const p of params.filter((p) => p.in === 'header' && p.required)) {
    const { [p.name]: _omitted, ...rest } = baseHeaders;
    add(`header ${p.name} missing`, { headers: rest });
    add(`header ${p.name} huge`, { headers: { ...baseHeaders, [p.name]: 'h'.repeat(3000) } });
    add(`header ${p.name} malformed`, { headers: { ...baseHeaders, [p.name]: 'a b\tc' } });
  }

  if (bodySchema && typeof baseBody === 'object' && baseBody !== null && !Array.isArray(baseBody)) {
    const body = baseBody as Record<string, unknown>;
    const matchesSchema = bodyMatcher(bodySchema);
    for (const [name, schema] of Object.entries(bodySchema.properties ?? {})) {
      const set = (value: unknown) => {
        const payload = { ...body, [name]: value };
        return { payload, allowedBySchema: matchesSchema(payload) };
      };
      for (const value of wrongTypes(schema)) add(`body ${name} wrong type`, set(value));
      add(`body ${name} null`, set(null));
      add(`body ${name} operator`, set({ $gt: '' }));
      if (typeOf(schema) === 'string') add(`body ${name} huge`, set(huge));
      if (typeOf(schema) === 'integer' || typeOf(schema) === 'number') {
        add(`body ${name} negative`, set(-1));
        add(`body ${name} too large`, set(1e300));
      }
      if (typeOf(schema) === 'array')
        add(`body ${name} too many`, set(Array(1000).fill(sampleValue(schema.items ?? {}))));
      if ((bodySchema.required ?? []).includes(name)) {
        const { [name]: _omitted, ...rest } = body;
        add(`body ${name} missing`, { payload: rest });
      }
    }
    add('body with an unknown field', { payload: { ...body, sweepUnknown: 1 } });
    add('body with a nested operator', { payload: { ...body, filter: { $where: 'sleep(1000)' } } });
    add('body with __proto__', {
      payload: `{"__proto__":{"polluted":true},${JSON.stringify(body).slice(1)}`,
    });
  }
  if (bodySchema) {
    add('body that is not JSON', {
      payload: '{"unterminated',
      headers: { ...baseHeaders, 'content-type': 'application/json' },
    });
    add('body that is an array', { payload: [baseBody] });
    add('body that is a string', {
      payload: '"text"',
      headers: { ...baseHeaders, 'content-type': 'application/json' },
    });
    add('empty body', {
      payload: undefined,
      headers: { ...baseHeaders, 'content-type': 'application/json' },
    });
    add('body of another media type', {
      payload: 'a=1',
      headers: { ...baseHeaders, 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  return cases;
}

/** Whether a body matches the schema; a schema this checker cannot compile matches nothing. */
function bodyMatcher(schema: Schema): (body: unknown) => boolean {
  try {
    const validate = bodyChecker.compile(schema);
    return (body) => validate(structuredClone(body)) === true;
  } catch {
    return () => false;
  }
}

/**
 * Every case for every route of the document. `headers(path, method)` gives the credentials for a route
 * (a token of the right user type, a service key), so the cases reach validation and the handler.
 */
export function badInputCases(
  document: OpenApiDocument,
  headers: (path: string, method: string) => Record<string, string> = () => ({}),
): BadInputCase[] {
  const cases: BadInputCase[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    if (path.startsWith('/health') || path.endsWith('/openapi.json')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      if (!methods.includes(method)) continue;
      cases.push(...operationCases(path, method, operation, headers(path, method)));
    }
  }
  return cases;
}

/**
 * Sends every case to the app and describes each one answered wrongly: a 5xx, or a 4xx without the error
 * shape's `code`. A sweep test expects the list to be empty.
 */
export async function badInputFailures(
  app: Pick<FastifyInstance, 'inject'>,
  cases: readonly BadInputCase[],
): Promise<string[]> {
  const failures: string[] = [];
  for (const c of cases) {
    const json = c.payload === undefined ? {} : { 'content-type': 'application/json' };
    const res = await app.inject({
      method: c.method as 'GET',
      url: c.url,
      headers: { ...json, ...c.headers },
      ...(c.payload === undefined
        ? {}
        : { payload: typeof c.payload === 'string' ? c.payload : JSON.stringify(c.payload) }),
    });
    if (res.statusCode >= 500) failures.push(`${c.name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    else if (res.statusCode >= 400 && typeof res.json().code !== 'string')
      failures.push(`${c.name}: no error code`);
  }
  return failures;
}
