/**
 * The chart's values documentation, read from values.yaml itself: a `# -- text` comment (continued by
 * further `# ` lines) documents the key on the line below it, as helm-docs does. The README's values table
 * and the descriptions in values.schema.json are generated from it, so a value is documented in one place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chartDir } from './registry-file.ts';

export const valuesFile = join(chartDir, 'values.yaml');

export interface ValueDoc {
  /** Dotted path, for example `serviceDefaults.autoscaling.enabled`. */
  readonly key: string;
  readonly description: string;
  readonly defaultValue: unknown;
}

export interface ValuesDocs {
  readonly documented: readonly ValueDoc[];
  /** Keys with a value (leaves and empty maps or lists) that no `# --` comment documents. */
  readonly undocumented: readonly string[];
}

const keyLine = /^(\s*)([A-Za-z0-9_.-]+):(.*)$/;

export function readValuesDocs(text = readFileSync(valuesFile, 'utf8')): ValuesDocs {
  const values = parse(text) as Record<string, unknown>;
  const documented: ValueDoc[] = [];
  const undocumented: string[] = [];
  const stack: { indent: number; key: string }[] = [];
  let pending: string[] | undefined;

  for (const line of text.split('\n')) {
    const comment = /^\s*#\s?(.*)$/.exec(line);
    if (comment) {
      const body = comment[1] ?? '';
      if (body.startsWith('-- ')) pending = [body.slice(3).trim()];
      else if (pending) pending.push(body.trim());
      continue;
    }
    const match = keyLine.exec(line);
    if (!match) {
      if (line.trim() === '') pending = undefined;
      continue;
    }
    const indent = (match[1] ?? '').length;
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    // Keys inside a list item or a value's own map (selectors, examples) belong to the documented parent.
    const path = [...stack.map((s) => s.key), match[2] ?? ''];
    stack.push({ indent, key: match[2] ?? '' });
    const key = path.join('.');
    const value = valueAt(values, path);
    if (pending) {
      documented.push({ key, description: pending.join(' ').trim(), defaultValue: value });
      pending = undefined;
      continue;
    }
    const isLeaf = !isPlainObject(value) || Object.keys(value).length === 0;
    if (isLeaf && !documented.some((d) => key.startsWith(`${d.key}.`))) undocumented.push(key);
  }
  return { documented, undocumented };
}

function valueAt(values: unknown, path: readonly string[]): unknown {
  let current = values;
  for (const part of path) current = isPlainObject(current) ? current[part] : undefined;
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (isPlainObject(value)) return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return typeof value;
}

/** The README's values table (Markdown). */
export function valuesTable(docs: ValuesDocs = readValuesDocs()): string {
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = docs.documented.map(
    (d) =>
      `| \`${d.key}\` | ${typeOf(d.defaultValue)} | \`${cell(JSON.stringify(d.defaultValue ?? null))}\` | ${cell(d.description)} |`,
  );
  return ['| Key | Type | Default | Description |', '|---|---|---|---|', ...rows].join('\n');
}

export const tableStart = '<!-- values:start (generated from values.yaml by `make chart-docs`) -->';
export const tableEnd = '<!-- values:end -->';

/** README text with the values table between its markers replaced by a freshly generated one. */
export function withValuesTable(readme: string, table: string = valuesTable()): string {
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start < 0 || end < start)
    throw new Error(`the chart README has no ${tableStart} ... ${tableEnd} markers`);
  return `${readme.slice(0, start + tableStart.length)}\n${table}\n${readme.slice(end)}`;
}
