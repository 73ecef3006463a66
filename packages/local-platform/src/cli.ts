/**
 * The local platform's command line, behind `make up`, `make down` and `make seed`:
 *   up     start everything, print the URL to open, run until Ctrl-C or `make down`
 *   down   stop what `up` started
 *   seed   reload every service's seed data (restores the catalog)
 * Settings: GATEWAY_PORT (8100), DB_PORT (27027), MONGODB_URI (use your MongoDB), EMPORIUM_DB (force a
 * database kind), EMPORIUM_DATA_DIR (.data) and EMPORIUM_STATE_DIR (.run), and EMPORIUM_SERVICE_PORTS=free
 * to run services on free ports instead of the registry's (when those are taken).
 */
import { join } from 'node:path';
import { devUsers } from '@emporium/dev-data';
import { repoRoot, startDatabase } from '@emporium/embedded-db';
import { apiPrefix, localGateway } from '@emporium/registry';
import { hasSeed, implementedServices } from './domains.ts';
import { processLabel } from './log-lines.ts';
import { startPlatform } from './platform.ts';
import { runSeed } from './service-process.ts';
import { clearState, isRunning, readState, writeState } from './state.ts';

const root = repoRoot();
const gatewayPort = Number(process.env.GATEWAY_PORT || localGateway.port);
const dbPort = Number(process.env.DB_PORT || 27027);
const dataDir = process.env.EMPORIUM_DATA_DIR || join(root, '.data');
const stateDir = process.env.EMPORIUM_STATE_DIR || join(root, '.run');
const log = (line: string) => process.stdout.write(`${line}\n`);
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);

async function up(): Promise<void> {
  const previous = await readState(stateDir);
  if (previous && isRunning(previous.pid)) {
    throw new Error(
      `The platform is already running at ${previous.url} (pid ${previous.pid}). \`make down\` stops it.`,
    );
  }
  const platform = await startPlatform({
    repoRoot: root,
    dataDir: join(dataDir, 'db'),
    gatewayPort,
    dbPort,
    servicePorts: process.env.EMPORIUM_SERVICE_PORTS === 'free' ? 'free' : 'registry',
    colour: Boolean(process.stdout.isTTY),
    log,
  });
  await writeState(stateDir, {
    pid: process.pid,
    url: platform.url,
    databaseUri: platform.database.uri,
    childPids: [
      ...platform.services.map((s) => s.pid),
      ...(platform.database.pid ? [platform.database.pid] : []),
    ],
    startedAt: new Date().toISOString(),
  });

  const lines = [
    '',
    bold(`Emporium is running: open ${platform.url}`),
    `  database   ${platform.database.description}`,
    ...platform.services.map(
      (s) =>
        `  service    ${s.name.padEnd(10)} ${s.url}  API ${platform.url}${apiPrefix(s.name as never)}/openapi.json`,
    ),
    `  gateway    ${platform.url}  (micro frontends from mfes/*/dist, services under /<name>-service/)`,
    ...(platform.services.some((s) => s.name === 'user') ? devAccounts(platform.url) : []),
    'Stop with Ctrl-C here, or `make down` from another terminal.',
    '',
  ];
  log(lines.join('\n'));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping the platform...`);
    await platform.stop();
    await clearState(stateDir);
    log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** The seeded accounts to sign in with, and where one-time codes go in the local run. */
function devAccounts(url: string): string[] {
  return [
    ...Object.values(devUsers).map(
      (u, i) => `  ${i === 0 ? 'sign in   ' : '          '} ${u.type.padEnd(10)} ${u.email} / ${u.password}`,
    ),
    `  OTP codes  ${url}${apiPrefix('user')}/dev/outbox?to=<email or phone>  (dev outbox, local run only)`,
  ];
}

async function down(): Promise<void> {
  const state = await readState(stateDir);
  if (!state) {
    log('The platform is not running.');
    return;
  }
  if (isRunning(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    for (let i = 0; i < 200 && isRunning(state.pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  // If `up` itself was killed, its children may be left: stop them too.
  for (const pid of state.childPids) if (isRunning(pid)) process.kill(pid, 'SIGTERM');
  await clearState(stateDir);
  log(`Stopped the platform that ran at ${state.url}.`);
}

async function seed(): Promise<void> {
  const state = await readState(stateDir);
  const running = state && isRunning(state.pid) ? state : undefined;
  // A running platform's database is used as it is; otherwise the same one is started for the seed.
  const database = running
    ? {
        uri: running.databaseUri,
        description: `the running platform's database (${running.url})`,
        stop: async () => {},
      }
    : await startDatabase({ dataDir: join(dataDir, 'db'), port: dbPort });
  try {
    log(`${processLabel('database')} ${database.description}`);
    const env = { ...process.env, MONGODB_URI: database.uri };
    for (const name of implementedServices(root).filter((n) => hasSeed(root, n))) {
      await runSeed({ name, repoRoot: root, env, ifEmpty: false, log });
    }
  } finally {
    await database.stop();
  }
}

const commands: Record<string, () => Promise<void>> = { up, down, seed };
const command = commands[process.argv[2] ?? ''];
if (!command) {
  process.stderr.write('usage: cli.ts up|down|seed\n');
  process.exit(2);
}
try {
  await command();
} catch (err) {
  process.stderr.write(`\n${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
