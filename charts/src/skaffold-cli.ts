/**
 * Running the real Skaffold CLI (`make skaffold` builds it from the Go module proxy into .tools/bin) on
 * skaffold.yaml: `skaffold render` with images given as if a build had produced them, through either Helm major.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { KubernetesObject } from '@kubernetes/client-node';
import { type HelmMajor, helmBinary } from './helm.ts';
import { parseManifests } from './k8s-validate.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

export function skaffoldBinary(): string {
  const binary = process.env.EMPORIUM_SKAFFOLD || join(root, '.tools', 'bin', 'skaffold');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: \`make skaffold\` builds it`);
  return binary;
}

/** One built image as `skaffold build --file-output` writes it: the artifact and the full reference to deploy. */
export interface Build {
  readonly imageName: string;
  readonly tag: string;
}

/**
 * `skaffold render --offline` of a profile with these builds. Skaffold calls `helm` from PATH, so the chosen
 * major is linked there under that name; telemetry and update checks are off.
 */
export async function skaffoldRender(
  major: HelmMajor,
  profile: string,
  builds: readonly Build[],
): Promise<KubernetesObject[]> {
  const dir = mkdtempSync(join(tmpdir(), 'emporium-skaffold-'));
  try {
    symlinkSync(helmBinary(major), join(dir, 'helm'));
    const buildsFile = join(dir, 'builds.json');
    writeFileSync(buildsFile, JSON.stringify({ builds }));
    const { stdout } = await run(
      skaffoldBinary(),
      [
        'render',
        '--offline=true',
        '--digest-source=tag',
        `--build-artifacts=${buildsFile}`,
        `--profile=${profile}`,
      ],
      {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          PATH: `${dir}${delimiter}${process.env.PATH ?? ''}`,
          SKAFFOLD_UPDATE_CHECK: 'false',
          SKAFFOLD_DISABLE_MONITORING: 'true',
          SKAFFOLD_COLLECT_METRICS: 'false',
        },
      },
    );
    return parseManifests(stdout);
  } catch (err) {
    const failed = err as { stderr?: string };
    throw new Error(`skaffold render -p ${profile} failed: ${failed.stderr?.trim() || String(err)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
