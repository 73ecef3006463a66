/**
 * The seed addresses file (addresses.json): each entry names a dev user by its key in @emporium/dev-data
 * (customer, seller, admin) and is checked against the API's address schema, so a broken edit fails loudly.
 */
import { readFile } from 'node:fs/promises';
import { type Static, Type } from 'typebox';
import { Value } from 'typebox/value';
import { AddressInput } from '../schemas/profile.ts';

const SeedAddress = Type.Object(
  {
    user: Type.Union([Type.Literal('customer'), Type.Literal('seller'), Type.Literal('admin')]),
    ...AddressInput.properties,
  },
  { additionalProperties: false },
);

export const SeedAddresses = Type.Array(SeedAddress);
export type SeedAddresses = Static<typeof SeedAddresses>;

export const defaultAddressesFile = new URL('./addresses.json', import.meta.url);

export async function readSeedAddresses(file: URL = defaultAddressesFile): Promise<SeedAddresses> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!Value.Check(SeedAddresses, data)) {
    const problems = [...Value.Errors(SeedAddresses, data)]
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`seed addresses ${file.pathname} are invalid:\n  ${problems.join('\n  ')}`);
  }
  return data;
}
