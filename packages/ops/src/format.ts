/** Output for people (aligned tables, short ages) and for scripts (JSON), and where it goes. */

export type OutputFormat = 'table' | 'json';

export const outputFormats: readonly OutputFormat[] = ['table', 'json'];

/** Where a command writes: the process's streams in the CLI, strings in tests. Each call is one line or block. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Columns padded to their widest cell, two spaces apart, no trailing blanks; headers upper-case like kubectl. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers.map((h) => h.toUpperCase()), ...rows];
  const widths = headers.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all
    .map((row) =>
      headers
        .map((_, i) => (row[i] ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** How long ago, in kubectl's style: 45s, 12m, 5h, 3d; `<unknown>` without a time. */
export function age(iso: string | null, now: Date = new Date()): string {
  if (!iso) return '<unknown>';
  const seconds = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 1000));
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

/** A duration in milliseconds for messages: 5s, 2m30s, 1h. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [h ? `${h}h` : '', m ? `${m}m` : '', s || total === 0 ? `${s}s` : ''];
  return parts.join('');
}
