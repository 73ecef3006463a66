/**
 * The limit: the product list endpoint on bare node:http and the `mongodb` driver, no framework. Run as
 * its own process like the Express one; same URL, query, validation, JSON and cache header.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse, STATUS_CODES } from 'node:http';
import { parse } from 'node:querystring';
import { listPath, plainClient } from './plain-database.ts';
import { BadParams, parseListParams } from './plain-list-params.ts';
import { productList } from './plain-list-query.ts';

const { client, database } = plainClient('emporium-bench-raw');
const db = client.db(database);
const list = productList(db);

function send(res: ServerResponse, status: number, body: unknown, cache?: string): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    ...(cache ? { 'cache-control': cache } : {}),
  });
  res.end(json);
}

function sendError(res: ServerResponse, err: unknown): void {
  const problem = err instanceof BadParams ? err.problem : undefined;
  const status = problem?.status ?? 500;
  send(res, status, {
    statusCode: status,
    code: problem?.code ?? 'INTERNAL_ERROR',
    error: STATUS_CODES[status],
    message: problem?.message ?? 'Something went wrong on our side',
    requestId: randomUUID(),
    ...(problem ? { details: problem.details } : {}),
  });
}

const server = createServer(async (req, res) => {
  const url = req.url ?? '/';
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  try {
    if (req.method === 'GET' && path === listPath) {
      const params = parseListParams(at === -1 ? {} : parse(url.slice(at + 1)));
      send(res, 200, await list(params), 'public, max-age=30');
    } else if (req.method === 'GET' && path === '/health') {
      await db.command({ ping: 1 });
      send(res, 200, { status: 'ok' });
    } else {
      send(res, 404, { statusCode: 404, code: 'ROUTE_NOT_FOUND', error: 'Not Found', message: path });
    }
  } catch (err) {
    sendError(res, err);
  }
});

server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => void client.close().finally(() => process.exit(0)));
