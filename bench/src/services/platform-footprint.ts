/**
 * Benchmark 3b: the idle memory of the whole local platform, started by startPlatform as `make up` does
 * (on free ports, a fresh database seeded on first start): one row per process and the total. The
 * launcher process also runs the gateway, as in `make up`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@emporium/embedded-db';
import { median, type Table } from '../report.ts';
import { rssMiB } from './proc-stats.ts';
import { startServer } from './server-process.ts';

const idleSeconds = 5;
const samples = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface PlatformPids {
  gateway: number;
  database: number | null;
  services: Record<string, number>;
}

export async function platformTable(workDir: string, logDir: string): Promise<Table> {
  const port = await freePort();
  const pidsFile = join(workDir, 'platform-pids.json');
  const platform = await startServer({
    name: 'platform',
    args: [fileURLToPath(new URL('./platform-process.ts', import.meta.url))],
    env: {
      ...process.env,
      GATEWAY_PORT: String(port),
      DATA_DIR: join(workDir, 'platform-db'),
      PIDS_FILE: pidsFile,
    },
    url: `http://127.0.0.1:${port}`,
    readyPath: '/runtime-config.json',
    logDir,
    timeoutMs: 300_000,
  });
  try {
    // The gateway listens last, just before the ids are written.
    let pids: PlatformPids | undefined;
    for (let i = 0; i < 100 && !pids; i++) {
      pids = await readFile(pidsFile, 'utf8').then(
        (t) => JSON.parse(t) as PlatformPids,
        () => undefined,
      );
      if (!pids) await sleep(100);
    }
    if (!pids) throw new Error('the platform process wrote no process ids');
    const processes: [string, number][] = [
      ['gateway (and platform launcher)', pids.gateway],
      ...Object.entries(pids.services).map(([name, pid]): [string, number] => [`${name} service`, pid]),
      ...(pids.database ? [['database (FerretDB)', pids.database] as [string, number]] : []),
    ];
    await sleep(idleSeconds * 1000);
    const readings = new Map<string, number[]>(processes.map(([name]) => [name, []]));
    for (let s = 0; s < samples; s++) {
      for (const [name, pid] of processes) readings.get(name)?.push(rssMiB(pid));
      await sleep(1000);
    }
    const rows = processes.map(([name]) => [name, median(readings.get(name) ?? [])]);
    const total = rows.reduce((sum, row) => sum + Number(row[1]), 0);
    return {
      title: 'Idle memory of the whole local platform',
      method:
        `startPlatform (as \`make up\`): ${pids.database ? 'the embedded database' : 'the database of MONGODB_URI (not counted)'}, ` +
        `${Object.keys(pids.services).length} services and the gateway, each its own process; VmRSS read ` +
        `${samples} times a second apart after ${idleSeconds} s idle, median per process. One platform start ` +
        '(the medians are over the samples, not over starts).',
      columns: ['process', 'idle RSS MiB'],
      rows: [...rows, ['total', total]],
    };
  } finally {
    await platform.stop();
  }
}
