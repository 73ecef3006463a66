/**
 * The platform the drills break: started exactly as `make up` does (startPlatform) on free ports and a
 * throwaway data folder, plus replicas of single services on that platform's database with the settings
 * the platform gives them, which a drill can stop and start again on the same port.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot } from '@emporium/embedded-db';
import {
  type RunningPlatform,
  type ServiceProcess,
  startPlatform,
  startServiceProcess,
} from '@emporium/local-platform';
import {
  apiPrefix,
  type ServiceName,
  serviceCallers,
  serviceCalls,
  serviceUrlVariable,
} from '@emporium/registry';

/** The last lines the platform's processes printed, shown when a drill fails. */
export class LogTail {
  readonly #lines: string[] = [];
  readonly add = (line: string) => {
    this.#lines.push(line);
    if (this.#lines.length > 300) this.#lines.shift();
  };
  tail(count = 40): string[] {
    return this.#lines.slice(-count);
  }
}

export interface DrillPlatform {
  readonly root: string;
  /** The platform's gateway (http://127.0.0.1:<port>). */
  readonly baseUrl: string;
  readonly serviceUrls: Readonly<Record<string, string>>;
  readonly serviceKeys: ReadonlyMap<ServiceName, string>;
  readonly databaseUri: string;
  readonly logs: LogTail;
  readonly platform: RunningPlatform;
  stop(): Promise<void>;
}

export async function startDrillPlatform(logs: LogTail): Promise<DrillPlatform> {
  const root = repoRoot();
  const dataDir = await mkdtemp(join(tmpdir(), 'emporium-drills-'));
  const gatewayPort = await freePort();
  let platform: RunningPlatform;
  try {
    platform = await startPlatform({
      repoRoot: root,
      dataDir,
      gatewayPort,
      servicePorts: 'free',
      log: logs.add,
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    });
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    root,
    baseUrl: `http://127.0.0.1:${gatewayPort}`,
    serviceUrls: Object.fromEntries(platform.services.map((s) => [s.name, s.url])),
    serviceKeys: platform.serviceKeys,
    databaseUri: platform.database.uri,
    logs,
    platform,
    async stop() {
      await platform.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The environment the platform gives a service (its database, where the user service publishes its keys,
 * its own service key and its callers'), with some dependencies pointed elsewhere.
 */
export function replicaEnv(
  p: DrillPlatform,
  name: ServiceName,
  options: { dependencies?: Partial<Record<ServiceName, string>>; env?: NodeJS.ProcessEnv } = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: p.databaseUri,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    JWKS_URL: `${p.serviceUrls.user}${apiPrefix('user')}/.well-known/jwks.json`,
    SERVICE_KEY: p.serviceKeys.get(name),
    TRUSTED_SERVICE_KEYS: serviceCallers(name)
      .map((caller) => `${caller}=${p.serviceKeys.get(caller)}`)
      .join(','),
    ...options.env,
  };
  for (const dependency of serviceCalls(name)) {
    env[serviceUrlVariable(dependency)] = options.dependencies?.[dependency] ?? p.serviceUrls[dependency];
  }
  return env;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A replica that can be stopped (SIGTERM, waits for the exit) and started again on the same port. */
export interface Replica {
  readonly label: string;
  readonly url: string;
  readonly pid: number;
  /** Started, not stopped by the drill, and the process is alive. */
  running(): boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startReplica(
  p: DrillPlatform,
  name: ServiceName,
  label: string,
  env: NodeJS.ProcessEnv,
  port?: number,
): Promise<Replica> {
  const listenOn = port ?? (await freePort());
  let current: ServiceProcess | undefined;
  const start = async () => {
    current = await startServiceProcess({
      name,
      repoRoot: p.root,
      port: listenOn,
      env,
      log: p.logs.add,
      colour: false,
    });
  };
  await start();
  return {
    label,
    url: `http://127.0.0.1:${listenOn}`,
    get pid() {
      return current?.pid ?? -1;
    },
    running: () => current !== undefined && isAlive(current.pid),
    async stop() {
      const stopping = current;
      current = undefined;
      await stopping?.stop();
    },
    start,
  };
}
