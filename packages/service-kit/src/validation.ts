/**
 * Route validation. Bodies are JSON and must match their schema exactly: no type coercion (an object never
 * becomes a string), no silently dropped unknown fields. Query strings, params and headers arrive as text,
 * so they are coerced to the schema's types, but unknown keys are still rejected: also on a route that
 * takes no query parameters at all, which gets an empty query schema (a misspelt or unsupported
 * parameter is an error the caller sees, not something silently ignored).
 */

import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

// ajv-formats is CommonJS; under Node's ESM loader its default export is the function itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const shared: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

export function installValidators(app: FastifyInstance): void {
  const bodies = addFormats(new Ajv({ ...shared, coerceTypes: false }));
  const inputs = addFormats(new Ajv({ ...shared, coerceTypes: 'array' }));
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodies : inputs).compile(schema));
  app.addHook('onRoute', (route) => {
    // Routes that declare a schema are the validated API; hidden ones (the OpenAPI document) are not.
    if (!route.schema || route.schema.querystring || (route.schema as { hide?: boolean }).hide) return;
    route.schema = { ...route.schema, querystring: noQueryParameters };
  });
}

const noQueryParameters = { type: 'object', properties: {}, additionalProperties: false };
