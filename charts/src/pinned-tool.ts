/**
 * Where the chart tests find the pinned tools the Makefile puts in .tools/bin (Helm 3 and 4, Skaffold), or
 * the binary an EMPORIUM_* variable names instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** The tool's path; throws naming the make target that installs it when it is missing. */
export function pinnedTool(name: string, envVariable: string, installedBy: string): string {
  const binary = process.env[envVariable] || join(repoRoot, '.tools', 'bin', name);
  if (!existsSync(binary)) throw new Error(`${binary} is missing: ${installedBy}`);
  return binary;
}
