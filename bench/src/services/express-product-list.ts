/**
 * The product list endpoint written plainly in Express 5 with the `mongodb` driver: the contender an
 * article would pick. Run as its own process (`node express-product-list.ts`, PORT, MONGODB_URI and
 * MONGODB_DATABASE from the environment). Same URL, query, validation, JSON and cache header as the
 * product service; Express defaults otherwise (ETag, x-powered-by), no logging.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { listPath, plainClient } from './plain-database.ts';
import { BadParams, parseListParams } from './plain-list-params.ts';
import { productList } from './plain-list-query.ts';

const { client, database } = plainClient('emporium-bench-express');
const db = client.db(database);
const list = productList(db);
const app = express();

app.get('/health', async (_req, res) => {
  await db.command({ ping: 1 });
  res.json({ status: 'ok' });
});

app.get(listPath, async (req, res) => {
  const params = parseListParams(req.query as Record<string, string | string[]>);
  const page = await list(params);
  res.set('cache-control', 'public, max-age=30').json(page);
});

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  const problem = err instanceof BadParams ? err.problem : undefined;
  const status = problem?.status ?? 500;
  res.status(status).json({
    statusCode: status,
    code: problem?.code ?? 'INTERNAL_ERROR',
    error: STATUS_CODES[status],
    message: problem?.message ?? 'Something went wrong on our side',
    requestId: randomUUID(),
    ...(problem ? { details: problem.details } : {}),
  });
});

app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => void client.close().finally(() => process.exit(0)));
