/**
 * The whole local platform as `make up` runs it (startPlatform: the embedded database, every service,
 * the gateway in this process), in its own process so its memory can be read per process:
 * `node platform-process.ts` with GATEWAY_PORT, DATA_DIR and PIDS_FILE in the environment. Once up, it
 * writes the process ids to PIDS_FILE; SIGTERM stops the platform.
 */
import { writeFile } from 'node:fs/promises';
import { startPlatform } from '@emporium/local-platform';

const { GATEWAY_PORT, DATA_DIR, PIDS_FILE } = process.env;
if (!GATEWAY_PORT || !DATA_DIR || !PIDS_FILE)
  throw new Error('GATEWAY_PORT, DATA_DIR and PIDS_FILE must be set');

const platform = await startPlatform({
  dataDir: DATA_DIR,
  gatewayPort: Number(GATEWAY_PORT),
  servicePorts: 'free',
  log: (line) => process.stdout.write(`${line}\n`),
});
const pids = {
  gateway: process.pid,
  database: platform.database.pid ?? null,
  services: Object.fromEntries(platform.services.map((s) => [s.name, s.pid])),
};
await writeFile(PIDS_FILE, JSON.stringify(pids));

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void platform.stop().finally(() => process.exit(0));
});
