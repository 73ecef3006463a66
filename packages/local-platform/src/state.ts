/**
 * .run/platform.json: what `make up` is running, so `make down` in another terminal can stop it.
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

const stateFile = (root: string) => join(root, '.run', 'platform.json');

export async function writeState(root: string, state: PlatformState): Promise<void> {
  await mkdir(dirname(stateFile(root)), { recursive: true });
  await writeFile(stateFile(root), `${JSON.stringify(state, null, 2)}\n`);
}

export async function readState(root: string): Promise<PlatformState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(root), 'utf8')) as PlatformState;
  } catch {
    return undefined;
  }
}

export async function clearState(root: string): Promise<void> {
  await rm(stateFile(root), { force: true });
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
