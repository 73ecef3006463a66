/**
 * Loads the seed pincode directory into the logistics database. Idempotent: every zone rule and pincode
 * is replaced by its seed version (so `make seed` restores them); with `ifEmpty` nothing happens when
 * pincodes exist (so `make up` never overwrites what an operator changed). Shipments are never touched.
 */
import { writeChunks } from '@emporium/service-kit';
import type { Db } from 'mongodb';
import { setupDatabase } from '../indexes.ts';
import type { PincodeDocument, ZoneDocument } from '../pincodes/documents.ts';
import type { Zone } from '../schemas/common.ts';
import type { SeedDirectory } from './seed-file.ts';

export interface SeedResult {
  skipped: boolean;
  zones: number;
  pincodes: number;
}

export async function loadSeedDirectory(
  db: Db,
  seed: SeedDirectory,
  { ifEmpty = false } = {},
): Promise<SeedResult> {
  await setupDatabase(db);
  const pincodes = db.collection<PincodeDocument>('pincodes');
  const zones = db.collection<ZoneDocument>('zones');
  if (ifEmpty && (await pincodes.estimatedDocumentCount()) > 0) {
    return { skipped: true, zones: 0, pincodes: 0 };
  }

  const zoneEntries = Object.entries(seed.zones) as [Zone, Omit<ZoneDocument, '_id'>][];
  await zones.bulkWrite(
    zoneEntries.map(([zone, rule]) => ({
      replaceOne: { filter: { _id: zone }, replacement: rule, upsert: true },
    })),
  );
  const pincodeWrites = seed.pincodes.map(({ pincode, ...place }) => ({
    replaceOne: { filter: { _id: pincode }, replacement: place, upsert: true },
  }));
  for (const chunk of writeChunks(pincodeWrites)) await pincodes.bulkWrite(chunk, { ordered: false });
  return { skipped: false, zones: zoneEntries.length, pincodes: seed.pincodes.length };
}
