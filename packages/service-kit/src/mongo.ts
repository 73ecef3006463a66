/**
 * The service's own database through the official driver. The process starts even while the database is
 * down: requests fail fast with 503 (server selection is bounded by MONGODB_TIMEOUT_MS), /health reports
 * it, and the driver reconnects by itself when the database is back. Start-up work such as creating
 * indexes runs in the background and is retried until it succeeds.
 *
 * One exception to "reconnects by itself": when the very first connection fails (the database is still
 * starting, or too busy to answer within the timeout), the driver closes that topology for good and every
 * later operation answers "Topology is closed". So the start-up loop connects explicitly on each attempt,
 * which replaces a closed topology with a new one.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type Db, MongoClient } from 'mongodb';

export interface MongoOptions {
  uri: string;
  database: string;
  timeoutMs: number;
  appName: string;
  /** Idempotent start-up work (indexes). Runs once the database answers; retried on failure. */
  setup?: ((db: Db) => Promise<void>) | undefined;
}

export interface MongoHandle {
  readonly client: MongoClient;
  readonly db: Db;
  /** True once setup has completed. */
  isSetUp(): boolean;
  /** Resolves when setup has completed (tests and seeding wait on it). */
  whenSetUp(): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mongo: MongoHandle;
  }
}

const maxBackoffMs = 15000;

export const mongo = fp(
  async (app: FastifyInstance, opts: MongoOptions) => {
    const client = new MongoClient(opts.uri, {
      appName: opts.appName,
      serverSelectionTimeoutMS: opts.timeoutMs,
      connectTimeoutMS: opts.timeoutMs,
      socketTimeoutMS: 30000,
      maxPoolSize: 50,
    });
    const db = client.db(opts.database);
    let setUp = false;
    let closing = false;
    let markSetUp: () => void = () => {};
    const setUpPromise = new Promise<void>((resolve) => {
      markSetUp = resolve;
    });

    app.decorate('mongo', {
      client,
      db,
      isSetUp: () => setUp,
      whenSetUp: () => setUpPromise,
    });

    async function runSetup(): Promise<void> {
      for (let attempt = 1; !closing; attempt++) {
        try {
          await client.connect();
          await opts.setup?.(db);
          setUp = true;
          markSetUp();
          return;
        } catch (err) {
          if (closing) return;
          const waitMs = Math.min(maxBackoffMs, 250 * 2 ** attempt);
          app.log.warn({ err, attempt, retryInMs: waitMs }, 'database setup failed; retrying');
          await new Promise((r) => setTimeout(r, waitMs).unref());
        }
      }
    }

    app.addHook('onReady', async () => {
      void runSetup();
    });

    app.addHook('onClose', async () => {
      closing = true;
      await client.close();
    });
  },
  { name: 'emporium-mongo' },
);
