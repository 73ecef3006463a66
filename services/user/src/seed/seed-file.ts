/**
 * The seed addresses file (addresses.json): each entry names a dev user by its key in @emporium/dev-data
 * (customer, seller, admin) and is checked against the API's address schema, so a broken edit fails loudly.
 */
import { readSeedFile } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
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
  return readSeedFile(SeedAddresses, file, 'seed address file');
}
