import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiPrefix, mfes, services } from '../src/index.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim().replace(/`/g, ''));

/** Rows of the markdown table whose header row starts with these column names (however it is aligned). */
function table(...header: string[]): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.startsWith('|') && header.every((h, i) => cells(l)[i] === h));
  expect(start, `README table "${header.join(' | ')}"`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(cells(line));
  }
  return rows;
}

describe('the README describes the domains the registry declares', () => {
  it('lists every service with its port, prefix, what it owns and the services it calls', () => {
    expect(table('service', 'port')).toEqual(
      services.map((s) => [s.name, String(s.port), apiPrefix(s.name), s.owns, s.calls.join(', ')]),
    );
  });

  it('lists every micro frontend with its route, dev port and the services it calls', () => {
    expect(table('micro frontend', 'route')).toEqual(
      mfes.map((m) => [m.name, m.route, String(m.devPort), m.calls.join(', ')]),
    );
  });
});
