/**
 * FerretDB 1.24 (SQLite), the database of the local run and the tests, locks up when one write command
 * touches about a hundred existing documents, so bulk writes go in chunks well below that. On MongoDB
 * chunking costs nothing noticeable.
 */
export const writeChunkSize = 50;

/** The items in consecutive slices of at most `size`, in order. */
export function writeChunks<T>(items: readonly T[], size = writeChunkSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
