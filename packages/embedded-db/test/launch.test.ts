import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { candidateKinds, ferretdbBinary, startDatabase } from '../src/index.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emporium-embedded-db-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('choosing a database', () => {
  const base = { PATH: '/nonexistent', EMPORIUM_FERRETDB_BIN: ferretdbBinary() };

  it('prefers MONGODB_URI, then mongod, then FerretDB, then mongodb-memory-server', () => {
    expect(candidateKinds({ ...base, MONGODB_URI: 'mongodb://db:27017' })).toEqual([
      'external',
      'ferretdb',
      'memory-server',
    ]);
    expect(candidateKinds(base)).toEqual(['ferretdb', 'memory-server']);
    expect(candidateKinds({ PATH: '/nonexistent', EMPORIUM_FERRETDB_BIN: '/missing' })).toEqual([
      'memory-server',
    ]);
  });

  it('honours EMPORIUM_DB and rejects unknown kinds', () => {
    expect(candidateKinds({ ...base, EMPORIUM_DB: 'container' })).toEqual(['container']);
    expect(() => candidateKinds({ ...base, EMPORIUM_DB: 'sqlite' })).toThrow(/EMPORIUM_DB="sqlite"/);
  });

  it('does not silently replace an unreachable MONGODB_URI with another database', async () => {
    const env = { ...base, MONGODB_URI: 'mongodb://127.0.0.1:1/' };
    await expect(startDatabase({ dataDir: await tempDir(), env })).rejects.toThrow(/external: database at/);
  }, 20000);
});

describe('the embedded FerretDB', () => {
  it('starts, keeps data across a restart on the same folder, and stops', async () => {
    const dataDir = await tempDir();
    const env = { ...process.env, EMPORIUM_DB: 'ferretdb' };
    const first = await startDatabase({ dataDir, port: 0, env });
    expect(first.kind).toBe('ferretdb');
    expect(first.description).toMatch(/FerretDB 1\.24\.2/);
    const port = new URL(first.uri).port;

    let client = new MongoClient(first.uri);
    await client
      .db('keep')
      .collection('things')
      .insertOne({ _id: 'a' as never, n: 1 });
    await client.close();
    await first.stop();

    const second = await startDatabase({ dataDir, port: Number(port), env });
    expect(second.uri).toBe(first.uri);
    client = new MongoClient(second.uri);
    expect(await client.db('keep').collection('things').findOne({})).toEqual({ _id: 'a', n: 1 });
    await client.close();
    await second.stop();
  });
});
