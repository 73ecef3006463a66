/**
 * Reading a service's seed data: a JSON file checked against its TypeBox schema, so a broken seed fails
 * `make seed` with the file and its first problems named instead of writing half-valid documents.
 */
import { readFile } from 'node:fs/promises';
import type { Static, TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

/** The file's JSON if it matches `schema`; otherwise throws `<what> <path> is invalid` with up to ten problems. */
export async function readSeedFile<T extends TSchema>(
  schema: T,
  file: URL,
  what: string,
): Promise<Static<T>> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  const validator = Compile(schema);
  if (!validator.Check(data)) {
    const problems = validator
      .Errors(data)
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`${what} ${file.pathname} is invalid:\n  ${problems.join('\n  ')}`);
  }
  return data as Static<T>;
}
