/**
 * The service's OpenAPI 3.1 document, generated from the route schemas, at <api prefix>/openapi.json.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface OpenApiOptions {
  service: string;
  version: string;
  description: string;
  apiPrefix: string;
}

export const openapi = fp(
  async (app: FastifyInstance, opts: OpenApiOptions) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: `Emporium ${opts.service} service`,
          version: opts.version,
          description: opts.description,
        },
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          },
        },
      },
    });
    app.get(`${opts.apiPrefix}/openapi.json`, { schema: { hide: true }, logLevel: 'warn' }, async () =>
      app.swagger(),
    );
  },
  { name: 'emporium-openapi' },
);
