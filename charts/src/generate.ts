/**
 * `make chart-docs`: writes the chart's generated files from their sources: files/registry.json (from
 * packages/registry), values.schema.json and the README's values table (from values.yaml and the registry),
 * and skaffold.yaml (from the image catalog).
 * The chart tests fail when a committed file differs from what this would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartDir, registryFile, registryFileText } from './registry-file.ts';
import { skaffoldFile, skaffoldText } from './skaffold-config.ts';
import { withValuesTable } from './values-docs.ts';
import { schemaFile, valuesSchemaText } from './values-schema.ts';

export const readmeFile = join(chartDir, 'README.md');

export function generatedFiles(): Map<string, string> {
  return new Map([
    [registryFile, registryFileText()],
    [schemaFile, valuesSchemaText()],
    [readmeFile, withValuesTable(readFileSync(readmeFile, 'utf8'))],
    [skaffoldFile, skaffoldText()],
  ]);
}

if (import.meta.main) {
  for (const [file, text] of generatedFiles()) {
    const before = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    })();
    if (before === text) continue;
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
