/**
 * Health endpoints for probes and people.
 *   GET /health       readiness: 200 when the database answers a ping and start-up work is done, else 503
 *                     with the reason. Answers within the database timeout even when the database hangs.
 *   GET /health/live  liveness: the process serves requests. It never looks at the database, so an outage
 *                     does not make Kubernetes restart healthy pods.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type Static, Type } from 'typebox';

const Check = Type.Object({
  status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
  latencyMs: Type.Optional(Type.Number()),
  reason: Type.Optional(Type.String()),
});

export const HealthResponse = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  service: Type.String(),
  version: Type.String(),
  uptimeSeconds: Type.Number(),
  checks: Type.Object({ database: Check, setup: Check }),
});

type Health = Static<typeof HealthResponse>;

export const health = fp(
  async (app: FastifyInstance, opts: { service: string; version: string; timeoutMs: number }) => {
    const started = Date.now();

    async function database(): Promise<Health['checks']['database']> {
      const t0 = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          app.mongo.db.command({ ping: 1 }),
          new Promise((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`no answer within ${opts.timeoutMs} ms`)),
              opts.timeoutMs,
            );
          }),
        ]);
        return { status: 'up', latencyMs: Math.round((performance.now() - t0) * 10) / 10 };
      } catch (err) {
        return { status: 'down', reason: err instanceof Error ? err.message : String(err) };
      } finally {
        clearTimeout(timer);
      }
    }

    app.get(
      '/health',
      {
        logLevel: 'warn',
        schema: {
          tags: ['health'],
          summary: 'Readiness',
          response: { 200: HealthResponse, 503: HealthResponse },
        },
      },
      async (_request, reply) => {
        const db = await database();
        const setup: Health['checks']['setup'] = app.mongo.isSetUp()
          ? { status: 'up' }
          : { status: 'down', reason: 'start-up work (indexes) has not completed' };
        const ok = db.status === 'up' && setup.status === 'up';
        const body: Health = {
          status: ok ? 'ok' : 'unavailable',
          service: opts.service,
          version: opts.version,
          uptimeSeconds: Math.round((Date.now() - started) / 1000),
          checks: { database: db, setup },
        };
        return reply
          .code(ok ? 200 : 503)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );

    app.get(
      '/health/live',
      {
        logLevel: 'warn',
        schema: {
          tags: ['health'],
          summary: 'Liveness',
          response: { 200: Type.Object({ status: Type.Literal('ok') }) },
        },
      },
      async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' as const }),
    );
  },
  { name: 'emporium-health', dependencies: ['emporium-mongo'] },
);
