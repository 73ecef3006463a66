import { describe, expect, it } from 'vitest';
import { helmMajors, lintChart } from '../src/helm.ts';
import { scenarioFile, scenarios } from './support/scenarios.ts';

describe.each(helmMajors)('helm lint --strict with %s', (major) => {
  it.each(scenarios)('passes for the %s scenario', async (scenario) => {
    const result = await lintChart(major, { valuesFiles: [scenarioFile(scenario)] });
    expect(result.stderr + result.stdout).toContain('0 chart(s) failed');
    expect(result.ok).toBe(true);
  });
});
