/**
 * Running the real Skaffold CLI (`make skaffold` builds it from the Go module proxy into .tools/bin) on
 * skaffold.yaml: `skaffold render` with images given as if a build had produced them, through either Helm major.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { KubernetesObject } from '@kubernetes/client-node';
import { type HelmMajor, helmBinary } from './helm.ts';
import { parseManifests } from './k8s-validate.ts';
import { pinnedTool, repoRoot } from './pinned-tool.ts';

const run = promisify(execFile);
export const skaffoldBinary = () => pinnedTool('skaffold', 'EMPORIUM_SKAFFOLD', '`make skaffold` builds it');

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
        cwd: repoRoot,
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
