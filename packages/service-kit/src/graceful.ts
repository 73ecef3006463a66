/**
 * Graceful shutdown, connection side. `app.close()` stops accepting connections and closes idle keep-alive
 * ones, but a connection busy with an in-flight request would stay open after its response (keep-alive)
 * and hold the process until the grace period runs out. Once shutdown starts, every response says
 * `Connection: close`, so each connection ends with its last request.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const graceful = fp(
  async (app: FastifyInstance) => {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    // Synchronous: an async hook would cost every response a promise and a microtask turn.
    app.addHook('onSend', (_request, reply, _payload, done) => {
      if (closing) reply.header('connection', 'close');
      done();
    });
  },
  { name: 'emporium-graceful' },
);
