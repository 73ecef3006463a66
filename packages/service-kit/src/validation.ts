/**
 * Route validation. Bodies are JSON and must match their schema exactly: no type coercion (an object never
 * becomes a string), no silently dropped unknown fields. Query strings, params and headers arrive as text,
 * so they are coerced to the schema's types, but unknown keys are still rejected.
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
}
