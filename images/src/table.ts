/** The images table: size, our own layers over the base, and build or start-to-healthy time. */
export interface ImageRow {
  image: string;
  base: string;
  size: number;
  ownLayers: number;
  buildSeconds?: number;
  startSeconds?: number;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(1)} s`);

export function printImageTable(rows: readonly ImageRow[]): void {
  if (rows.length === 0) return;
  const timed = rows.some((r) => r.startSeconds !== undefined) ? 'start to healthy' : 'build';
  const header = ['image', 'base', 'size', 'own layers', timed];
  const lines = [
    header,
    ...rows.map((r) => [
      r.image,
      r.base,
      mb(r.size),
      mb(r.ownLayers),
      seconds(timed === 'build' ? r.buildSeconds : r.startSeconds),
    ]),
  ];
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]?.length ?? 0)));
  const out = lines.map((l) =>
    l.map((v, i) => (i < 2 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  '),
  );
  process.stdout.write(`\n${out.join('\n')}\n`);
}
