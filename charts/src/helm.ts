/**
 * Running the pinned Helm binaries (`make helm` puts Helm 3 and Helm 4 in .tools/bin) against the chart:
 * lint and template, with values files or --set flags, returning the parsed objects.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { KubernetesObject } from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import { pinnedTool } from './pinned-tool.ts';
import { chartDir } from './registry-file.ts';

const run = promisify(execFile);

export const helmMajors = ['helm3', 'helm4'] as const;
export type HelmMajor = (typeof helmMajors)[number];

export function helmBinary(major: HelmMajor): string {
  return pinnedTool(major, `EMPORIUM_${major.toUpperCase()}`, '`make helm` installs Helm 3 and Helm 4');
}

export interface HelmResult {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

export async function helm(major: HelmMajor, args: readonly string[]): Promise<HelmResult> {
  try {
    const { stdout, stderr } = await run(helmBinary(major), [...args], { maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, stdout, stderr };
  } catch (err) {
    const failed = err as { stdout?: string; stderr?: string };
    return { ok: false, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(err) };
  }
}

export interface RenderOptions {
  readonly valuesFiles?: readonly string[];
  readonly set?: Readonly<Record<string, string>>;
  readonly release?: string;
  readonly namespace?: string;
}

function valueArgs(options: RenderOptions): string[] {
  return [
    ...(options.valuesFiles ?? []).flatMap((f) => ['--values', f]),
    ...Object.entries(options.set ?? {}).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
  ];
}

/** `helm template`, tests included; throws with Helm's message when rendering fails. */
export async function renderChart(
  major: HelmMajor,
  options: RenderOptions = {},
): Promise<KubernetesObject[]> {
  const result = await helm(major, [
    'template',
    options.release ?? 'emporium',
    chartDir,
    '--namespace',
    options.namespace ?? 'shop',
    ...valueArgs(options),
  ]);
  if (!result.ok) throw new Error(result.stderr.trim());
  return parseAllDocuments(result.stdout)
    .map((doc) => doc.toJS() as KubernetesObject | null)
    .filter((obj): obj is KubernetesObject => obj !== null && typeof obj === 'object');
}

export async function lintChart(major: HelmMajor, options: RenderOptions = {}): Promise<HelmResult> {
  return helm(major, ['lint', '--strict', chartDir, ...valueArgs(options)]);
}
