/**
 * The seed pincode directory (pincodes.json): zone rules and real Indian pincodes of every state and
 * union territory. Read with validation, so a broken edit fails loudly with the offending path instead of
 * loading half a directory.
 */
import { readSeedFile } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { pincodePattern, ZoneName, zones } from '../schemas/common.ts';

const Text = Type.String({ minLength: 1, maxLength: 80 });

const ZoneRule = Type.Object(
  {
    minDays: Type.Integer({ minimum: 0, maximum: 30 }),
    maxDays: Type.Integer({ minimum: 0, maximum: 30 }),
    fee: Type.Integer({ minimum: 0, description: 'Minor units' }),
    freeShippingFrom: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    carrier: Text,
  },
  { additionalProperties: false },
);

const SeedPincode = Type.Object(
  {
    pincode: Type.String({ pattern: pincodePattern }),
    area: Text,
    city: Text,
    state: Text,
    zone: ZoneName,
    codAvailable: Type.Boolean(),
    serviceable: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const SeedDirectory = Type.Object(
  {
    zones: Type.Object(
      Object.fromEntries(zones.map((z) => [z, ZoneRule])) as Record<(typeof zones)[number], typeof ZoneRule>,
      { additionalProperties: false },
    ),
    pincodes: Type.Array(SeedPincode, { minItems: 1 }),
  },
  { additionalProperties: false },
);

export type SeedDirectory = Static<typeof SeedDirectory>;
export type SeedPincode = Static<typeof SeedPincode>;

export const defaultSeedFile = new URL('./pincodes.json', import.meta.url);

export async function readSeedDirectory(file: URL = defaultSeedFile): Promise<SeedDirectory> {
  const directory = await readSeedFile(SeedDirectory, file, 'seed pincode file');
  const seen = new Set<string>();
  for (const p of directory.pincodes) {
    if (seen.has(p.pincode)) throw new Error(`seed pincode file has pincode ${p.pincode} twice`);
    seen.add(p.pincode);
  }
  for (const [zone, rule] of Object.entries(directory.zones)) {
    if (rule.minDays > rule.maxDays) throw new Error(`seed zone ${zone} has minDays > maxDays`);
  }
  return directory;
}
