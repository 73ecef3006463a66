/**
 * <state dir>/platform.json (.run/ by default): what `make up` is running, so `make down` in another terminal can stop it.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface PlatformState {
  pid: number;
  url: string;
  databaseUri: string;
  childPids: number[];
  startedAt: string;
}

const stateFile = (dir: string) => join(dir, 'platform.json');

export async function writeState(dir: string, state: PlatformState): Promise<void> {
  await mkdir(dirname(stateFile(dir)), { recursive: true });
  await writeFile(stateFile(dir), `${JSON.stringify(state, null, 2)}\n`);
}

export async function readState(dir: string): Promise<PlatformState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(dir), 'utf8')) as PlatformState;
  } catch {
    return undefined;
  }
}

export async function clearState(dir: string): Promise<void> {
  await rm(stateFile(dir), { force: true });
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
